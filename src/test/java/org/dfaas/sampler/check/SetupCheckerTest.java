package org.dfaas.sampler.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.metrics.MetricsSource;
import org.dfaas.sampler.metrics.PrometheusQueryException;
import org.dfaas.sampler.metrics.QueryCatalog;
import org.dfaas.sampler.platform.FunctionStatus;
import org.dfaas.sampler.platform.GatewayException;
import org.junit.jupiter.api.Test;

/** Each part's verdict, with fakes for the gateway and Prometheus. */
class SetupCheckerTest {

  private static SamplerConfig config(String extra) {
    return new ConfigLoader(Path.of("/home/t"), () -> 1L)
        .load(
            "c.yaml",
            "functions: [{name: figlet}, {name: env}]\nfunction_pid_regexes: {figlet: '^1$'}\n"
                + extra,
            List.of())
        .config();
  }

  /** Answers every query with 1, except names containing {@code failing}. */
  private static final class Source implements MetricsSource {
    final List<String> asked = new ArrayList<>();
    final String failing;

    Source(String failing) {
      this.failing = failing;
    }

    @Override
    public double instant(String name, String promql) {
      asked.add(name);
      if (failing != null && name.contains(failing)) {
        throw new PrometheusQueryException(name, promql, "the result stayed empty for 0 s", null);
      }
      return 1;
    }

    @Override
    public double range(String name, String promql, Instant start, Instant end, Duration step) {
      throw new AssertionError("check runs instant queries only");
    }
  }

  private static final List<FunctionStatus> BOTH =
      List.of(
          new FunctionStatus("figlet", "openfaas-fn", 1, 1, 0, 0),
          new FunctionStatus("env", "openfaas-fn", 2, 2, 0, 0));

  @Test
  void allPartsFineIsOkWithEveryQueryRunPerFunction() {
    SamplerConfig config =
        config("scaphandre_enabled: true\noverload: {replicas_overload_threshold: 5}");
    Source source = new Source(null);

    CheckReport report =
        new SetupChecker(config, QueryCatalog.bundled(true), () -> source, () -> BOTH).check();

    assertThat(report.ok()).isTrue();
    assertThat(report.k6().status()).isEqualTo(PartStatus.SKIP);
    assertThat(report.functions())
        .containsExactly(
            java.util.Map.entry("figlet", new FunctionCheck(true, 1)),
            java.util.Map.entry("env", new FunctionCheck(true, 2)));
    assertThat(report.queries().keySet())
        .containsExactly(
            "cpu_usage_node",
            "ram_usage_node",
            "ram_usage_node_pct",
            "power_usage_node",
            "ram_usage_function(figlet)",
            "ram_usage_function(env)",
            "cpu_usage_function(figlet)",
            "cpu_usage_function(env)",
            "power_usage_function(figlet)",
            "cpu_count_node");
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void aMissingFunctionFailsTheGatewayAndAHighThresholdWarns() {
    CheckReport report =
        new SetupChecker(
                config(""),
                QueryCatalog.bundled(false),
                () -> new Source(null),
                () -> List.of(new FunctionStatus("figlet", "openfaas-fn", 1, 1, 0, 0)))
            .check();

    assertThat(report.ok()).isFalse();
    assertThat(report.gateway()).isEqualTo(new PartResult(PartStatus.FAIL, "not deployed: env"));
    assertThat(report.functions().get("env")).isEqualTo(new FunctionCheck(false, 0));
    assertThat(report.warnings())
        .singleElement()
        .asString()
        .contains("replicas_overload_threshold is 15", "at most 5");
  }

  @Test
  void anUnreadableGatewayFailsWithItsReason() {
    CheckReport report =
        new SetupChecker(
                config(""),
                QueryCatalog.bundled(false),
                () -> new Source(null),
                () -> {
                  throw new GatewayException("OpenFaaS gateway x: HTTP 401", null, null);
                })
            .check();

    assertThat(report.gateway().status()).isEqualTo(PartStatus.FAIL);
    assertThat(report.gateway().detail()).contains("HTTP 401");
    assertThat(report.functions().values()).containsOnly(FunctionCheck.unknown());
    assertThat(report.prometheus().status()).isEqualTo(PartStatus.OK);
  }

  @Test
  void aFailingQueryFailsPrometheusNamingIt() {
    CheckReport report =
        new SetupChecker(
                config(""), QueryCatalog.bundled(false), () -> new Source("cpu_count"), () -> BOTH)
            .check();

    assertThat(report.prometheus())
        .isEqualTo(new PartResult(PartStatus.FAIL, "1 of 8 queries failed: cpu_count_node"));
    assertThat(report.queries().get("cpu_count_node").ok()).isFalse();
    assertThat(report.queries().get("cpu_count_node").value()).isNaN();
  }

  @Test
  void k6AnsweringItsVersionIsOkAndAFailureIsItsFirstLine() {
    SamplerConfig config = config("");
    Source source = new Source(null);

    CheckReport ok =
        new SetupChecker(
                config, QueryCatalog.bundled(false), () -> source, () -> BOTH, () -> "k6 v1")
            .check();
    CheckReport failed =
        new SetupChecker(
                config,
                QueryCatalog.bundled(false),
                () -> source,
                () -> BOTH,
                () -> {
                  throw new SamplerException("host unreachable\nmore");
                })
            .check();

    assertThat(ok.k6()).isEqualTo(new PartResult(PartStatus.OK, "k6 v1 (ssh executor)"));
    assertThat(failed.k6()).isEqualTo(new PartResult(PartStatus.FAIL, "host unreachable"));
    assertThat(failed.ok()).isFalse();
  }
}
