package org.dfaas.sampler.platform;

import java.util.Collection;
import java.util.Map;

/**
 * The FaaS platform the functions run on, as the campaign sees it: how many replicas each function
 * has (compat §8). {@link OpenFaasGateway} is the real one; tests use fakes.
 *
 * <p>Implementations must be thread-safe and must not throw for an unreadable platform: a replica
 * count that cannot be read is 0, with a logged error, and the campaign goes on.
 */
@FunctionalInterface
public interface FaasPlatform {

  /**
   * The replica count of each function, in the order given; 0 for a function the platform does not
   * know or cannot tell.
   */
  Map<String, Integer> replicas(Collection<String> functions);
}
