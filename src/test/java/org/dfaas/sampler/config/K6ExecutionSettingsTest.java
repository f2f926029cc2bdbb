package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dfaas.sampler.config.K6ExecutionSettings.Executor;
import org.dfaas.sampler.config.K6ExecutionSettings.HostKeyPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keys of how k6 gets run: defaults, accepted values, and every rule refusing a bad one. */
class K6ExecutionSettingsTest {

  private static final Path HOME = Path.of("/home/tester");
  private final ConfigLoader loader = new ConfigLoader(HOME, () -> 1L);

  private K6ExecutionSettings load(String yaml) {
    return loader.load("test.yaml", yaml, List.of()).config().k6Execution();
  }

  @Test
  void defaultsToSshWithTrustOnFirstUse() {
    K6ExecutionSettings settings = load("duration: 30s");

    assertThat(settings)
        .isEqualTo(
            new K6ExecutionSettings(
                Executor.SSH,
                "k6",
                HostKeyPolicy.ACCEPT_NEW,
                HOME.resolve(".ssh/known_hosts"),
                10,
                90));
  }

  @ParameterizedTest(name = "duration {0} → run timeout {1} s")
  @CsvSource({"30s, 90", "2m, 180", "10m, 900", "500ms, 61", "1h, 5400"})
  void defaultRunTimeoutIsTheDurationPlusMax60sOrHalfOfIt(String duration, long timeout) {
    assertThat(load("duration: " + duration).runTimeoutSeconds()).isEqualTo(timeout);
  }

  @Test
  void readsEveryKey() {
    K6ExecutionSettings settings =
        load(
            """
            k6_executor: local
            k6_binary: /opt/k6/bin/k6
            k6_host_key_policy: strict
            k6_known_hosts: ~/hosts/known
            k6_connect_timeout_seconds: 3
            k6_run_timeout_seconds: 45
            """);

    assertThat(settings)
        .isEqualTo(
            new K6ExecutionSettings(
                Executor.LOCAL,
                "/opt/k6/bin/k6",
                HostKeyPolicy.STRICT,
                HOME.resolve("hosts/known"),
                3,
                45));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "k6_executor: fabric | k6_executor | must be one of ssh, local, ansible",
        "k6_host_key_policy: yes-please | k6_host_key_policy | accept-new, strict, insecure",
        "k6_binary: '' | k6_binary | must not be empty",
        "k6_binary: \"k6\\nrm\" | k6_binary | one line",
        "k6_known_hosts: '' | k6_known_hosts | must not be empty",
        "k6_connect_timeout_seconds: 0 | k6_connect_timeout_seconds | > 0",
        "k6_connect_timeout_seconds: soon | k6_connect_timeout_seconds | must be an integer",
        "k6_run_timeout_seconds: -5 | k6_run_timeout_seconds | > 0",
        "k6_run_timeout_seconds: 30 | k6_run_timeout_seconds | longer than the duration (30s)",
      })
  void refusesABadValueNamingItsKey(String yaml, String key, String message) {
    RefusedConfig.assertRefusedNaming(() -> load("duration: 30s\n" + yaml), key, message);
  }

  @Test
  void theEffectiveConfigPrintsEveryKeyAndLoadsBackToTheSame() {
    SamplerConfig config =
        loader
            .load("a.yaml", "k6_executor: local\nk6_host_key_policy: insecure", List.of())
            .config();

    String yaml = ConfigPrinter.toYaml("a.yaml", config);

    assertThat(yaml)
        .contains(
            "k6_executor: local",
            "k6_binary: k6",
            "k6_host_key_policy: insecure",
            "k6_known_hosts: /home/tester/.ssh/known_hosts",
            "k6_connect_timeout_seconds: 10",
            "k6_run_timeout_seconds: 90");
    assertThat(loader.load("b.yaml", yaml, List.of()).config().k6Execution())
        .isEqualTo(config.k6Execution());
  }
}
