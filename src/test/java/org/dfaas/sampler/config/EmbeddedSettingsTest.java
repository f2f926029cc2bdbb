package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.dfaas.sampler.config.EmbeddedSettings.LoadGenerator;
import org.dfaas.sampler.config.EmbeddedSettings.MetricsSourceKind;
import org.dfaas.sampler.config.EmbeddedSettings.Platform;
import org.junit.jupiter.api.Test;

/** load_generator, platform and metrics_source: the real parts by default, the stand-ins on ask. */
class EmbeddedSettingsTest {

  private final ConfigLoader loader = new ConfigLoader(Path.of("/home/tester"), () -> 1L);

  private SamplerConfig load(String yaml) {
    return loader.load("test.yaml", yaml, List.of()).config();
  }

  @Test
  void defaultsToTheRealParts() {
    assertThat(load("duration: 30s").embedded()).isEqualTo(EmbeddedSettings.DEFAULTS);
  }

  @Test
  void readsTheStandIns() {
    assertThat(load("load_generator: builtin\nplatform: sandbox\nmetrics_source: local").embedded())
        .isEqualTo(
            new EmbeddedSettings(LoadGenerator.BUILTIN, Platform.SANDBOX, MetricsSourceKind.LOCAL));
  }

  @Test
  void refusesAnUnknownValueListingTheChoices() {
    assertThatThrownBy(() -> load("platform: lambda\nmetrics_source: datadog"))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::path, ConfigProblem::message)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple(
                            "platform", "must be one of openfaas, sandbox, got \"lambda\""),
                        org.assertj.core.groups.Tuple.tuple(
                            "metrics_source",
                            "must be one of prometheus, local, sandbox, got \"datadog\"")));
  }

  @Test
  void readsTheSandboxsOwnSourceWithTheSandbox() {
    assertThat(load("platform: sandbox\nmetrics_source: sandbox").embedded().metricsSource())
        .isEqualTo(MetricsSourceKind.SANDBOX);
  }

  @Test
  void refusesTheSandboxsOwnSourceWithoutTheSandbox() {
    assertThatThrownBy(() -> load("platform: openfaas\nmetrics_source: sandbox"))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        problem -> {
                          assertThat(problem.path()).isEqualTo("metrics_source");
                          assertThat(problem.message())
                              .contains("platform: sandbox", "use local for this machine");
                        }));
  }

  @Test
  void keepsEverythingElseWhenTheGatewayUrlIsReplaced() {
    SamplerConfig config = load("platform: sandbox\nduration: 5s");

    SamplerConfig moved = config.withGatewayUrl("http://127.0.0.1:4000");

    assertThat(moved.gatewayUrl()).isEqualTo("http://127.0.0.1:4000");
    assertThat(moved.withGatewayUrl(config.gatewayUrl())).isEqualTo(config);
  }

  @Test
  void aTargetDecidesWhetherThereIsASandboxToMeasure() {
    String targets =
        "metrics_source: sandbox\nload_generator: builtin\ntargets_mode: fleet\ntargets:\n"
            + "  - {name: a, platform: sandbox}\n";

    assertThat(load(targets).targets().all()).hasSize(1);
    assertThatThrownBy(() -> load(targets + "  - {name: b, platform: openfaas}\n"))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::path)
                    .containsExactly("targets[1].platform"));
  }
}
