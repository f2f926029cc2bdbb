package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.TestResources;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  private static final Path HOME = Path.of("/home/tester");
  private final ConfigLoader loader = new ConfigLoader(HOME, () -> 42L);

  static Path fixture(String name) {
    return TestResources.path("/fixtures/" + name);
  }

  private LoadedConfig load(String yaml, String... overrides) {
    return loader.load(
        "test.yaml", yaml, List.of(overrides).stream().map(ConfigOverride::parse).toList());
  }

  @Test
  void loadsTheLegacyConfigFixtureMergingCommonWithPluginsDfaas() {
    LoadedConfig loaded = loader.load(fixture("legacy-config.yaml"), List.of());
    SamplerConfig config = loaded.config();

    assertThat(config.k6().host()).isEqualTo("10.0.0.50");
    assertThat(config.k6().sshKey()).isEqualTo(HOME.resolve(".ssh/id_rsa"));
    assertThat(config.gatewayUrl()).isEqualTo("http://10.0.0.20:31112");
    assertThat(config.functions())
        .extracting(FunctionSpec::name, FunctionSpec::method, FunctionSpec::maxRate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("figlet", "POST", 100),
            org.assertj.core.groups.Tuple.tuple("env", "GET", null));
    assertThat(config.functions().get(0).headers())
        .containsExactly(Map.entry("Content-Type", "text/plain"));
    assertThat(config.rateStrategy()).isEqualTo(new LinearRates(0, 200, 10));
    assertThat(config.combinations()).isEqualTo(new Combinations(1, 3));
    assertThat(config.duration().millis()).isEqualTo(30_000);
    assertThat(loaded.warnings()).containsExactly("timeout_buffer: unknown key, ignored");
  }

  @Test
  void appliesCommandLineOverridesLastOnTopOfTheLegacyLayout() {
    SamplerConfig config =
        loader
            .load(
                fixture("legacy-config.yaml"),
                List.of(
                    ConfigOverride.parse("duration=5s"),
                    ConfigOverride.parse("functions[1].max_rate=50"),
                    ConfigOverride.parse("cooldown.max_wait_seconds=0"),
                    ConfigOverride.parse("k6_tags.campaign=nightly")))
            .config();

    assertThat(config.duration().text()).isEqualTo("5s");
    assertThat(config.function("env").orElseThrow().maxRate()).isEqualTo(50);
    assertThat(config.cooldown().maxWaitSeconds()).isZero();
    assertThat(config.cooldown().sleepStepSeconds()).isEqualTo(5);
    assertThat(config.k6().tags()).containsExactly(Map.entry("campaign", "nightly"));
  }

  @Test
  void mergesNestedMapsOfCommonAndPluginsKeyByKey() {
    SamplerConfig config =
        load("""
                common:
                  cooldown: {max_wait_seconds: 60, sleep_step_seconds: 2}
                  iterations: 5
                plugins:
                  dfaas:
                    cooldown: {max_wait_seconds: 30}
                    iterations: 2
                """)
            .config();

    assertThat(config.cooldown()).isEqualTo(new CooldownSettings(30, 2, 15));
    assertThat(config.iterations()).isEqualTo(2);
  }

  @Test
  void givesTheDocumentedDefaultsForAnEmptyPlainConfig() {
    SamplerConfig config = load("").config();

    assertThat(config.resolvedOutputDir()).isEqualTo(Path.of("benchmark_results/dfaas"));
    assertThat(config.runId()).isNull();
    assertThat(config.k6())
        .isEqualTo(
            new K6Settings(
                "127.0.0.1",
                "ubuntu",
                HOME.resolve(".ssh/id_rsa"),
                22,
                "/var/lib/dfaas-k6",
                true,
                List.of(),
                Map.of()));
    assertThat(config.gatewayUrl()).isEqualTo("http://127.0.0.1:31112");
    assertThat(config.prometheusUrl()).isEqualTo("http://127.0.0.1:30411");
    assertThat(config.functions()).containsExactly(FunctionSpec.DEFAULT_FUNCTION);
    assertThat(config.rateStrategy()).isEqualTo(new LinearRates(0, 200, 10));
    assertThat(config.combinations()).isEqualTo(new Combinations(1, 2));
    assertThat(config.duration().text()).isEqualTo("30s");
    assertThat(config.iterations()).isEqualTo(3);
    assertThat(config.cooldown()).isEqualTo(new CooldownSettings(180, 5, 15));
    assertThat(config.overload()).isEqualTo(new OverloadSettings(80, 90, 0.95, 0.90, 15));
    assertThat(config.queriesPath()).isNull();
    assertThat(config.scaphandreEnabled()).isFalse();
    assertThat(config.deployFunctions()).isTrue();
  }

  @Test
  void warnsOnceForEachUnknownKeyWithItsPath() {
    LoadedConfig loaded =
        load(
            """
            colour: blue
            functions:
              - name: env
                timeout: 3
            cooldown: {nap_seconds: 1}
            """);

    assertThat(loaded.warnings())
        .containsExactlyInAnyOrder(
            "colour: unknown key, ignored",
            "functions[0].timeout: unknown key, ignored",
            "cooldown.nap_seconds: unknown key, ignored");
  }

  @Test
  void warnsOnlyForUnknownKeysFarFromEveryKnownKeyAtTheirPlace() {
    LoadedConfig loaded =
        load(
            """
            rate_strategy: {type: linear, seed: 3}
            cooldown: {bedtime: 1}
            """);

    assertThat(loaded.warnings())
        .containsExactlyInAnyOrder(
            "rate_strategy.seed: unknown key, ignored", "cooldown.bedtime: unknown key, ignored");
  }

  @Test
  void upperCasesAndTrimsMethodsAndKeepsHeaderOrder() {
    FunctionSpec function =
        load("""
                functions:
                  - name: echo
                    method: " post "
                    headers: {X-B: "2", A: "1", Content-Type: application/json}
                """)
            .config()
            .functions()
            .get(0);

    assertThat(function.method()).isEqualTo("POST");
    assertThat(function.headers().keySet()).containsExactly("X-B", "A", "Content-Type");
  }

  @Test
  void letRateStrategyWinOverTheLegacyRatesBlockWithAWarning() {
    LoadedConfig loaded =
        load(
            """
            rates: {min_rate: 0, max_rate: 100, step: 50}
            rate_strategy: {type: custom, rates: [30, 10, 10]}
            """);

    assertThat(loaded.config().rateStrategy().rates()).containsExactly(10, 30);
    assertThat(loaded.warnings())
        .containsExactly("rates: ignored because rate_strategy is given too");
  }

  @Test
  void drawsAndReportsASeedWhenARandomStrategyHasNone() {
    LoadedConfig loaded =
        load("rate_strategy: {type: random, min_rate: 0, max_rate: 50, count: 3}");

    assertThat(loaded.config().rateStrategy()).isEqualTo(new RandomRates(0, 50, 3, 42L, false));
    assertThat(loaded.warnings()).singleElement().asString().contains("rate_strategy.seed", "42");
  }

  @Test
  void readsYamlOneOneBooleansAsTheOldToolDid() {
    SamplerConfig config = load("scaphandre_enabled: yes\nk6_log_stream: off").config();

    assertThat(config.scaphandreEnabled()).isTrue();
    assertThat(config.k6().logStream()).isFalse();
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThatThrownBy(
            () ->
                load(
                    """
                    k6_port: 0
                    duration: 30
                    iterations: 0
                    functions:
                      - name: figlet
                        method: FETCH
                    """))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
              assertThat(e.problems())
                  .extracting(ConfigProblem::path)
                  .containsExactlyInAnyOrder(
                      "k6_port", "duration", "iterations", "functions[0].method");
              assertThat(e.getMessage())
                  .contains("has 4 problems")
                  .contains("functions[0].method: unsupported HTTP method \"FETCH\"");
            });
  }

  @Test
  void refusesADuplicatedKeyInsteadOfSilentlyKeepingOne() {
    assertThatThrownBy(() -> load("duration: 10s\nduration: 20s\n"))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining("duration")
        .extracting(e -> ((SamplerException) e).exitCode())
        .isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void refusesAFileThatIsNotYamlNamingIt() {
    assertThatThrownBy(() -> load("functions: [unclosed"))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining("test.yaml is not valid YAML");
  }

  @Test
  void refusesAMissingFileWithExitCodeTwo() {
    assertThatThrownBy(() -> loader.load(Path.of("/nonexistent/campaign.yaml"), List.of()))
        .isInstanceOfSatisfying(
            SamplerException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
              assertThat(e.getMessage()).contains("/nonexistent/campaign.yaml does not exist");
            });
  }
}
