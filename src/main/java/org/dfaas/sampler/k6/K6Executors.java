package org.dfaas.sampler.k6;

import java.util.Map;
import java.util.function.LongSupplier;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.SamplerConfig;

/**
 * The executor a config asks for ({@code k6_executor}), so that the command line wires one place.
 * Stateless and thread-safe.
 */
public final class K6Executors {

  private K6Executors() {}

  /**
   * A new executor for {@code config}; close it when the campaign ends.
   *
   * @param env the process environment (the SSH key's passphrase)
   * @param nanoTime the monotonic clock timing the runs
   */
  public static K6Executor create(
      SamplerConfig config, Map<String, String> env, LongSupplier nanoTime) {
    K6ExecutionSettings execution = config.k6Execution();
    return switch (execution.executor()) {
      case SSH -> new SshK6Executor(config.k6(), execution, env, nanoTime);
      case LOCAL -> new LocalK6Executor(execution, nanoTime);
      case ANSIBLE -> new AnsibleK6Executor(config.k6(), execution, nanoTime);
    };
  }
}
