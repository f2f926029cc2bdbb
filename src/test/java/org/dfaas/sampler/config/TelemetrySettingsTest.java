package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The keys of the old tool's later versions (compat §11) are read and checked, never warned of. */
class TelemetrySettingsTest {

  private final ConfigLoader loader = new ConfigLoader(Path.of("/home/tester"), () -> 1L);

  private LoadedConfig load(String yaml) {
    return loader.load("later.yaml", yaml, List.of());
  }

  @Test
  void acceptsTheLaterVersionsKeysWithoutAnUnknownKeyWarning() {
    LoadedConfig loaded =
        load(
            """
            openfaas_port: 31112
            prometheus_port: 30411
            config_id_hash: sha256
            grafana: {enabled: true, url: "http://grafana:3000", api_key: s3cr3t-key, org_id: 2}
            loki:
              enabled: true
              endpoint: http://loki:3100/loki/api/v1/push
              labels: {lab: edge, rack: r1}
            """);

    assertThat(loaded.warnings()).isEmpty();
    SamplerConfig config = loaded.config();
    TelemetrySettings telemetry = config.telemetry();
    assertThat(telemetry.openfaasPort()).isEqualTo(31112);
    assertThat(telemetry.prometheusPort()).isEqualTo(30411);
    assertThat(telemetry.grafana())
        .isEqualTo(new TelemetrySettings.Grafana(true, "http://grafana:3000", "s3cr3t-key", 2));
    assertThat(telemetry.loki().on()).isTrue();
    assertThat(telemetry.loki().labels())
        .containsExactly(Map.entry("lab", "edge"), Map.entry("rack", "r1"));
    assertThat(config.output().configIdHash()).isEqualTo(ConfigIdHash.SHA256);
  }

  @Test
  void theApiKeyNeverShowsInThePrintedConfigOrTheSettingsText() {
    SamplerConfig config =
        load("grafana: {enabled: true, url: http://g:3000, api_key: s3cr3t-key}").config();

    assertThat(ConfigPrinter.toYaml("later.yaml", config))
        .doesNotContain("s3cr3t-key")
        .containsPattern("api_key: .?" + java.util.regex.Pattern.quote(ConfigPrinter.MASK));
    assertThat(config.telemetry().grafana().toString()).doesNotContain("s3cr3t-key");
  }

  @Test
  void defaultsToSha1AndNothingEnabled() {
    SamplerConfig config = load("").config();

    assertThat(config.output().configIdHash()).isEqualTo(ConfigIdHash.SHA1);
    assertThat(config.telemetry()).isEqualTo(TelemetrySettings.NONE);
  }

  static Stream<Arguments> badShapes() {
    return Stream.of(
        Arguments.of("config_id_hash: md5", "config_id_hash", "sha1, sha256"),
        Arguments.of("openfaas_port: 0", "openfaas_port", "1..65535"),
        Arguments.of("prometheus_port: 99999", "prometheus_port", "1..65535"),
        Arguments.of("prometheus_port: http", "prometheus_port", "integer"),
        Arguments.of("grafana: yes", "grafana", "must be a map"),
        Arguments.of("grafana: {enabled: maybe}", "grafana.enabled", "true or false"),
        Arguments.of("grafana: {url: ftp://g}", "grafana.url", "http:// or https://"),
        Arguments.of("grafana: {url: 'http://u:pw@g'}", "grafana.url", "credentials"),
        Arguments.of("grafana: {api_key: [a]}", "grafana.api_key", "not shown"),
        Arguments.of("grafana: {org_id: 0}", "grafana.org_id", "≥ 1"),
        Arguments.of("grafana: {urll: http://g}", "grafana.urll", "did you mean `url`?"),
        Arguments.of("loki: {endpoint: 'not a url'}", "loki.endpoint", "without spaces"),
        Arguments.of("loki: {labels: {'1x': a}}", "loki.labels.1x", "label name"),
        Arguments.of("loki: {labels: {run_id: a}}", "loki.labels.run_id", "set by the tool"),
        Arguments.of("loki: {labels: [a]}", "loki.labels", "must be a map"));
  }

  @ParameterizedTest(name = "{1} ← {0}")
  @MethodSource("badShapes")
  void refusesABadShapeNamingItsKeyPath(String yaml, String path, String message) {
    RefusedConfig.assertRefusedNaming(() -> load(yaml), path, message);
  }

  @Test
  void aBadApiKeyIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> load("grafana: {api_key: \"s3cr3t\\nkey\"}"))
        .isInstanceOf(InvalidConfigException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
  }
}
