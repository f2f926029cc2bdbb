package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * targets: and targets_mode: inheritance, key paths, names, and the same rules as the top level.
 */
class TargetsTest {

  private static final String TOP =
      "k6_host: k6.lab\nk6_user: bench\ngateway_url: http://10.0.0.1:31112\n"
          + "openfaas_password_file: /etc/openfaas/pw\n";

  private final ConfigLoader loader = new ConfigLoader(Path.of("/home/tester"), () -> 1L);

  private LoadedConfig loaded(String yaml) {
    return loader.load("test.yaml", yaml, List.of());
  }

  private SamplerConfig load(String yaml) {
    return loaded(yaml).config();
  }

  @Test
  void aConfigWithoutTargetsHasNone() {
    assertThat(load(TOP).targets()).isEqualTo(Targets.NONE);
  }

  @Test
  void aTargetInheritsEveryKeyItDoesNotSet() {
    SamplerConfig config =
        load(
            TOP
                + "targets_mode: fleet\n"
                + "targets:\n"
                + "  - {name: light, node_type: LIGHT, gateway_url: 'http://10.0.0.2:31112'}\n"
                + "  - {name: heavy, k6_host: k6.other, k6_port: 2222, k6_executor: local}\n");

    Targets targets = config.targets();
    assertThat(targets.mode()).isEqualTo(Targets.Mode.FLEET);
    assertThat(targets.all()).extracting(Target::name).containsExactly("light", "heavy");
    Target light = targets.all().get(0);
    assertThat(light.nodeType()).isEqualTo("LIGHT");
    assertThat(light.gatewayUrl()).isEqualTo("http://10.0.0.2:31112");
    assertThat(light.k6()).isEqualTo(config.k6());
    assertThat(light.gateway()).isEqualTo(config.gateway());
    Target heavy = targets.all().get(1);
    assertThat(heavy.nodeType()).isNull();
    assertThat(heavy.gatewayUrl()).isEqualTo(config.gatewayUrl());
    assertThat(heavy.k6().host()).isEqualTo("k6.other");
    assertThat(heavy.k6().port()).isEqualTo(2222);
    assertThat(heavy.k6().user()).isEqualTo("bench");
    assertThat(heavy.k6Execution().executor()).isEqualTo(K6ExecutionSettings.Executor.LOCAL);
  }

  @Test
  void aTargetsConfigIsTheTopLevelConfigWithTheTargetsNode() {
    SamplerConfig config =
        load(
            TOP
                + "targets_mode: pool\n"
                + "targets: [{name: a, k6_host: k6.a, platform: sandbox, prometheus_url:"
                + " 'http://10.0.0.9:9090'}]\n");

    SamplerConfig a = config.forTarget(config.targets().all().get(0));

    assertThat(a.targets()).isEqualTo(Targets.NONE);
    assertThat(a.k6().host()).isEqualTo("k6.a");
    assertThat(a.prometheusUrl()).isEqualTo("http://10.0.0.9:9090");
    assertThat(a.embedded().platform()).isEqualTo(EmbeddedSettings.Platform.SANDBOX);
    assertThat(a.toBuilder().k6(config.k6()).prometheusUrl(config.prometheusUrl()).build())
        .isEqualTo(config.toBuilder().targets(Targets.NONE).embedded(a.embedded()).build());
  }

  @Test
  void aTargetsOwnPasswordReplacesTheInheritedPasswordFile() {
    LoadedConfig loaded =
        loaded(
            TOP
                + "targets_mode: fleet\n"
                + "targets: [{name: a, openfaas_password: s3cret-value}, {name: b}]\n");

    List<Target> targets = loaded.config().targets().all();
    assertThat(targets.get(0).gateway().password()).isEqualTo("s3cret-value");
    assertThat(targets.get(0).gateway().passwordFile()).isNull();
    assertThat(targets.get(1).gateway().passwordFile()).isEqualTo(Path.of("/etc/openfaas/pw"));
    assertThat(loaded.warnings())
        .anySatisfy(w -> assertThat(w).startsWith("targets[0].openfaas_password: "))
        .noneSatisfy(w -> assertThat(w).contains("s3cret-value"));
  }

  @Test
  void validatePrintsEachTargetWithItsSecretMasked() {
    SamplerConfig config =
        load(
            TOP
                + "targets_mode: fleet\n"
                + "targets: [{name: a, node_type: MID, openfaas_password: s3cret-value}]\n");

    String yaml = ConfigPrinter.toYaml("test.yaml", config);

    assertThat(yaml).contains("targets_mode: fleet").contains("- name: a").contains("MID");
    assertThat(yaml).doesNotContain("s3cret-value").contains(ConfigPrinter.MASK);
    SamplerConfig again = load(yaml.replace(ConfigPrinter.MASK, "s3cret-value"));
    assertThat(again.targets()).isEqualTo(config.targets());
  }

  @Test
  void aProblemOfAnInheritedValueIsReportedOnceAtTheTopLevel() {
    assertThatThrownBy(
            () ->
                load(
                    "k6_port: 0\ntargets_mode: fleet\n"
                        + "targets: [{name: a}, {name: b, k6_port: 70000}]\n"))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::path)
                    .containsExactlyInAnyOrder("k6_port", "targets[1].k6_port"));
  }

  static Stream<Arguments> badTargets() {
    return Stream.of(
        bad("targets: [{name: a}]", "targets_mode", "required with targets: pool"),
        bad("targets_mode: swarm\ntargets: [{name: a}]", "targets_mode", "pool, fleet"),
        bad("targets_mode: fleet\ntargets: []", "targets", "at least one target"),
        bad("targets_mode: fleet\ntargets: a", "targets", "must be a list"),
        bad("targets_mode: fleet\ntargets: [a]", "targets[0]", "must be a map"),
        bad("targets_mode: fleet\ntargets: [{k6_host: h}]", "targets[0].name", "required"),
        bad("targets_mode: fleet\ntargets: [{name: ../up}]", "targets[0].name", "names a folder"),
        bad("targets_mode: fleet\ntargets: [{name: 'a b'}]", "targets[0].name", "names a folder"),
        bad(
            "targets_mode: fleet\ntargets: [{name: a}, {name: b}, {name: A}]",
            "targets[2].name",
            "already the name of targets[0]"),
        bad(
            "targets_mode: fleet\ntargets: [{name: a}, {name: b, k6_hots: x}]",
            "targets[1].k6_hots",
            "did you mean `k6_host`?"),
        bad(
            "targets_mode: fleet\ntargets: [{name: a, gateway_ulr: 'http://h'}]",
            "targets[0].gateway_ulr",
            "did you mean `gateway_url`?"),
        bad(
            "targets_mode: fleet\ntargets: [{name: a, k6_host: -oProxyCommand=x}]",
            "targets[0].k6_host",
            "host name or an IP address"),
        bad(
            "targets_mode: fleet\ntargets: [{name: a, k6_host: \"{{ lookup('pipe','id') }}\"}]",
            "targets[0].k6_host",
            "host name or an IP address"),
        bad(
            "targets_mode: fleet\ntargets: [{name: a, k6_user: -oX}]",
            "targets[0].k6_user",
            "must not start with '-'"),
        bad(
            "targets_mode: fleet\ntargets: [{name: a, k6_workspace_root: rel}]",
            "targets[0].k6_workspace_root",
            "absolute path"),
        bad(
            "targets_mode: fleet\ntargets: [{name: a, gateway_url: 'http://u:pw@h'}]",
            "targets[0].gateway_url",
            "credentials"),
        bad(
            "targets_mode: fleet\ntargets: [{name: a, prometheus_url: ftp://h}]",
            "targets[0].prometheus_url",
            "http:// or https://"),
        bad(
            "targets_mode: fleet\ntargets: [{name: a, platform: lambda}]",
            "targets[0].platform",
            "openfaas, sandbox"),
        bad(
            "targets_mode: fleet\ntargets: [{name: a, k6_executor: kubectl}]",
            "targets[0].k6_executor",
            "ssh, local, ansible"),
        bad(
            "targets_mode: fleet\n"
                + "targets: [{name: a, openfaas_password: x, openfaas_password_file: /f}]",
            "targets[0].openfaas_password",
            "either"),
        bad(
            "targets_mode: fleet\ntargets: [{name: a, node_type: \"L\\nM\"}]",
            "targets[0].node_type",
            "one line"));
  }

  private static Arguments bad(String yaml, String path, String message) {
    return Arguments.of(yaml, path, message);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badTargets")
  void refusesABadTargetNamingItsKeyPath(String yaml, String path, String message) {
    RefusedConfig.assertRefusedNaming(() -> load(yaml), path, message);
  }

  @Test
  void neverEchoesASecretInAProblem() {
    assertThatThrownBy(
            () ->
                load(
                    "targets_mode: fleet\n"
                        + "targets: [{name: a, openfaas_password: s3cret-value,"
                        + " openfaas_password_file: /f, gateway_url: 'http://u:s3cret-value@h'}]"))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e -> assertThat(e.getMessage()).doesNotContain("s3cret-value"));
  }

  @Test
  void warnsThatAModeWithoutTargetsIsIgnored() {
    assertThat(loaded("targets_mode: pool").warnings())
        .contains("targets_mode: ignored without targets");
  }

  @Test
  void aPoolRetriesAsPoolRetrySaysAndKeepsTheDefaultsOfWhatItDoesNotSay() {
    String pool = TOP + "targets_mode: pool\ntargets: [{name: a}, {name: b}]\n";

    assertThat(load(pool).targets().poolRetry()).isEqualTo(new PoolRetry(3, 5, 60));
    assertThat(load(pool + "pool_retry: {max_failures: 10, backoff_seconds: 30}\n").targets())
        .extracting(Targets::poolRetry)
        .isEqualTo(new PoolRetry(10, 30, 60));
    assertThat(ConfigPrinter.toYaml("t", load(pool + "pool_retry: {max_failures: 10}\n")))
        .contains(
            "pool_retry:\n  max_failures: 10\n  backoff_seconds: 5\n  max_backoff_seconds: 60");
  }

  static Stream<Arguments> badPoolRetries() {
    String pool = "targets_mode: pool\ntargets: [{name: a}]\n";
    return Stream.of(
        bad(pool + "pool_retry: {max_failures: 0}", "pool_retry.max_failures", "must be ≥ 1"),
        bad(pool + "pool_retry: {backoff_seconds: 0}", "pool_retry.backoff_seconds", "must be ≥ 1"),
        bad(
            pool + "pool_retry: {backoff_seconds: 30, max_backoff_seconds: 10}",
            "pool_retry.max_backoff_seconds",
            "must be ≥ pool_retry.backoff_seconds (30), got 10"),
        bad(pool + "pool_retry: {max_failures: many}", "pool_retry.max_failures", "integer"),
        bad(pool + "pool_retry: {max_failure: 2}", "pool_retry.max_failure", "max_failures"),
        bad(pool + "pool_retry: 3", "pool_retry", "map"));
  }

  @ParameterizedTest
  @MethodSource("badPoolRetries")
  void refusesABadPoolRetryNamingItsKeyPath(String yaml, String path, String message) {
    RefusedConfig.assertRefusedNaming(() -> load(TOP + yaml), path, message);
  }

  @Test
  void warnsThatPoolRetryIsIgnoredOutsideAPool() {
    assertThat(
            loaded(TOP + "targets_mode: fleet\ntargets: [{name: a}]\npool_retry: {max_failures: 5}")
                .warnings())
        .contains("pool_retry: ignored unless targets_mode: pool");
    assertThat(loaded(TOP + "pool_retry: {max_failures: 5}").warnings())
        .contains("pool_retry: ignored unless targets_mode: pool");
  }
}
