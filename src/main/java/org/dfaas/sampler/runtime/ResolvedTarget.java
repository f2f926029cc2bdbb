package org.dfaas.sampler.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.config.HostAddress;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.config.Target;

/**
 * One node a config samples, with the config that runs it as a single-target campaign would: each
 * item of {@code targets:}, or the one implicit target of a config without them. Immutable.
 *
 * @param name the target's name: its k6 workspace folder, the {@code host} of its events, its
 *     output folder in a fleet
 * @param nodeType the free {@code node_type} label, or {@code null}
 * @param config the target's effective config: no targets of its own, {@code {host.address}}
 *     replaced
 * @param implicit whether this is the one target of a config without {@code targets:}
 */
public record ResolvedTarget(String name, String nodeType, SamplerConfig config, boolean implicit) {

  public ResolvedTarget {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(config, "config");
    if (!config.targets().isEmpty()) {
      throw new IllegalArgumentException("a target's config has no targets of its own");
    }
  }

  /**
   * The targets of {@code config}, in file order.
   *
   * @param env the environment ({@code LB_RUN_HOST}, {@code LB_RUN_HOST_ADDRESS})
   * @param hostName this machine's host name, asked only when a name or address needs it
   * @throws org.dfaas.sampler.SamplerException (exit 2) when a name or {@code {host.address}}
   *     cannot be resolved
   */
  public static List<ResolvedTarget> of(
      SamplerConfig config, Map<String, String> env, Supplier<String> hostName) {
    if (config.targets().isEmpty()) {
      return List.of(
          new ResolvedTarget(
              RunIdentity.targetName(env, hostName),
              null,
              HostAddress.resolve(config, env, hostName),
              true));
    }
    return config.targets().all().stream().map(t -> named(config, t, env, hostName)).toList();
  }

  private static ResolvedTarget named(
      SamplerConfig config, Target target, Map<String, String> env, Supplier<String> hostName) {
    // {host.address} falls back to the target's name, as it falls back to LB_RUN_HOST alone.
    Map<String, String> named = new HashMap<>(env);
    named.put("LB_RUN_HOST", target.name());
    return new ResolvedTarget(
        target.name(),
        target.nodeType(),
        HostAddress.resolve(config.forTarget(target), named, hostName),
        false);
  }
}
