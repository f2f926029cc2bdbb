package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Prometheus and gateway connection keys: defaults, values, every refusal. */
class ConnectionSettingsTest {

  private final ConfigLoader loader = new ConfigLoader(Path.of("/home/tester"), () -> 1L);

  @Test
  void defaultsNeedNoKeys() {
    SamplerConfig config = loader.load("c.yaml", "iterations: 1", List.of()).config();

    assertThat(config.prometheus()).isEqualTo(PrometheusSettings.DEFAULTS);
    assertThat(config.gateway()).isEqualTo(GatewaySettings.DEFAULTS);
  }

  @Test
  void readsEveryKeyExpandingHome() {
    LoadedConfig loaded =
        loader.load(
            "c.yaml",
            """
            prometheus_retry_seconds: 0
            prometheus_poll_seconds: 2
            prometheus_timeout_seconds: 3
            prometheus_user: reader
            prometheus_password_file: ~/prom.pw
            openfaas_namespace: fn-team
            openfaas_user: ops
            openfaas_password_file: /run/secrets/gw
            """,
            List.of());

    assertThat(loaded.config().prometheus())
        .isEqualTo(
            new PrometheusSettings(0, 2, 3, "reader", Path.of("/home/tester/prom.pw"), null));
    assertThat(loaded.config().gateway())
        .isEqualTo(new GatewaySettings("fn-team", "ops", Path.of("/run/secrets/gw"), null));
    assertThat(loaded.warnings()).isEmpty();
  }

  @Test
  void aPasswordInTheConfigWorksButWarnsAndIsMaskedInToString() {
    LoadedConfig loaded = loader.load("c.yaml", "openfaas_password: hunter2", List.of());

    assertThat(loaded.config().gateway().password()).isEqualTo("hunter2");
    assertThat(loaded.warnings())
        .singleElement()
        .asString()
        .contains("openfaas_password", "OPENFAAS_PASSWORD")
        .doesNotContain("hunter2");
    assertThat(loaded.config().gateway().toString()).doesNotContain("hunter2").contains("***");
    assertThat(ConfigPrinter.toYaml("c.yaml", loaded.config()))
        .doesNotContain("hunter2")
        .contains("openfaas_password: '" + ConfigPrinter.MASK + "'");
  }

  @ParameterizedTest(name = "{1} ← {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "prometheus_retry_seconds: -1|prometheus_retry_seconds|0..86400",
        "prometheus_poll_seconds: 0|prometheus_poll_seconds|1..86400",
        "prometheus_timeout_seconds: 0|prometheus_timeout_seconds|1..86400",
        "prometheus_timeout_seconds: 1.5|prometheus_timeout_seconds|must be an integer",
        "prometheus_user: u|prometheus_user|needs both",
        "prometheus_password_file: /p|prometheus_password_file|needs both",
        "{prometheus_user: u, prometheus_password_file: /p, prometheus_bearer_token_file: /t}"
            + "|prometheus_bearer_token_file|not both",
        "prometheus_bearer_token_file: ''|prometheus_bearer_token_file|must not be empty",
        "openfaas_namespace: Bad_NS|openfaas_namespace|Kubernetes namespace",
        "openfaas_user: 'a:b'|openfaas_user|no ':'",
        "openfaas_user: ''|openfaas_user|non-empty",
        "openfaas_password_file: ''|openfaas_password_file|must not be empty",
        "{openfaas_password_file: /p, openfaas_password: x}|openfaas_password|either"
      })
  void refusesABadValueNamingItsKey(String yaml, String path, String message) {
    RefusedConfig.assertRefusedNaming(
        () -> loader.load("bad.yaml", yaml, List.of()), path, message);
  }
}
