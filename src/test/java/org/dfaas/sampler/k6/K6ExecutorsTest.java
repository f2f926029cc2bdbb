package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.junit.jupiter.api.Test;

/** {@link K6Executors}: the config's {@code k6_executor} picks the executor. */
class K6ExecutorsTest {

  private static SamplerConfig config(String yaml) {
    return new ConfigLoader(Path.of("/home/tester"), () -> 1L)
        .load("test.yaml", yaml, List.of())
        .config();
  }

  @Test
  void sshIsTheDefault() {
    try (K6Executor executor = K6Executors.create(config("{}"), Map.of(), System::nanoTime)) {
      assertThat(executor).isInstanceOf(SshK6Executor.class);
    }
  }

  @Test
  void localRunsK6AsAChildProcess() {
    try (K6Executor executor =
        K6Executors.create(config("k6_executor: local"), Map.of(), System::nanoTime)) {
      assertThat(executor).isInstanceOf(LocalK6Executor.class);
    }
  }

  @Test
  void ansibleRunsTheOldPlaybook() {
    try (K6Executor executor =
        K6Executors.create(config("k6_executor: ansible"), Map.of(), System::nanoTime)) {
      assertThat(executor).isInstanceOf(AnsibleK6Executor.class);
    }
  }
}
