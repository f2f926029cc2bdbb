package org.dfaas.sampler.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dfaas.sampler.LogCapture;
import org.dfaas.sampler.config.OverloadSettings;
import org.dfaas.sampler.k6.LatencyDetail;
import org.dfaas.sampler.metrics.FunctionUsage;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.results.FunctionMeasurement;
import org.dfaas.sampler.results.NodeMeasurement;
import org.dfaas.sampler.results.ResultRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every overload rule of compat §8 at its boundary. */
class OverloadEvaluatorTest {

  private static final OverloadSettings SETTINGS = new OverloadSettings(80, 90, 0.95, 0.90, 15);
  private final OverloadEvaluator fourCores = new OverloadEvaluator(SETTINGS, 4);

  private static FunctionMeasurement function(double successRate, boolean overloaded) {
    return new FunctionMeasurement("f", 10, successRate, FunctionUsage.UNKNOWN, 1, overloaded, 5);
  }

  private static NodeUsage node(double cpu, double ramPct) {
    return new NodeUsage(cpu, 1e9, ramPct, Double.NaN);
  }

  @ParameterizedTest(name = "success {0}, replicas {1} → {2}")
  @CsvSource({
    "0.90, 14, false",
    "0.8999, 14, true",
    "1.0, 15, true",
    "1.0, 14, false",
    "NaN, 0, false"
  })
  void aFunctionIsOverloadedBelowTheSuccessMinimumOrAtTheReplicaThreshold(
      double successRate, int replicas, boolean overloaded) {
    assertThat(fourCores.functionOverloaded(successRate, replicas)).isEqualTo(overloaded);
  }

  @ParameterizedTest(name = "cpu {0}, ram {1}, success {2}/{3} → {4}")
  @CsvSource({
    "320, 90, 0.95, 0.95, false",
    "320.01, 90, 1, 1, true",
    "300, 90.01, 1, 1, true",
    "300, 50, 0.95, 0.95, false",
    "300, 50, 1.0, 0.8999, true",
    "NaN, NaN, 1, 1, false"
  })
  void theNodeIsOverloadedAboveCpuCapacityOrRamOrBelowTheMeanSuccessRate(
      double cpu, double ramPct, double success1, double success2, boolean overloaded) {
    List<FunctionMeasurement> functions =
        List.of(function(success1, false), function(success2, false));

    assertThat(fourCores.nodeOverloaded(node(cpu, ramPct), functions)).isEqualTo(overloaded);
  }

  @ParameterizedTest(name = "cpu {0}, ram {1}, a {2}/{3}, b {4}/{5} → {6}")
  @CsvSource({
    "100, 50, 1.0, 1, 1.0, 1, ''",
    "400, 50, 1.0, 1, 1.0, 1, cpu",
    "100, 95, 1.0, 1, 1.0, 1, ram",
    "100, 50, 0.85, 1, 1.0, 15, success_rate+success_rate:a+replicas:b",
    "100, 50, 1.0, 1, 1.0, 15, replicas:b",
    "400, 95, 0.5, 15, 1.0, 1, success_rate+cpu+ram+success_rate:a+replicas:a"
  })
  void namesEveryReasonOfAnOverloadJoinedByPlus(
      double cpu,
      double ramPct,
      double aSuccess,
      int aReplicas,
      double bSuccess,
      int bReplicas,
      String reasons) {
    List<FunctionMeasurement> functions =
        List.of(
            new FunctionMeasurement("a", 10, aSuccess, FunctionUsage.UNKNOWN, aReplicas, false, 5),
            new FunctionMeasurement("b", 10, bSuccess, FunctionUsage.UNKNOWN, bReplicas, false, 5));

    List<String> found = fourCores.reasons(node(cpu, ramPct), functions);

    assertThat(OverloadEvaluator.reasonCell(found)).isEqualTo(reasons);
  }

  @Test
  void anOverloadedFunctionOverloadsTheNode() {
    assertThat(fourCores.nodeOverloaded(node(0, 0), List.of(function(1, true)))).isTrue();
  }

  @Test
  void cpuCapacityIsTheSumOverCores() {
    // 4 cores at 81 %: the sum is 324, above 80 % of capacity; 81 alone is not.
    assertThat(fourCores.nodeOverloaded(node(324, 0), List.of(function(1, false)))).isTrue();
    assertThat(fourCores.nodeOverloaded(node(81, 0), List.of(function(1, false)))).isFalse();
  }

  @Test
  void withoutACoreCountItComparesTheRawSumWithOneWarning() {
    try (LogCapture log = new LogCapture(OverloadEvaluator.class)) {
      OverloadEvaluator fallback = new OverloadEvaluator(SETTINGS, Double.NaN);

      assertThat(fallback.nodeOverloaded(node(80.01, 0), List.of(function(1, false)))).isTrue();
      assertThat(fallback.nodeOverloaded(node(80, 0), List.of(function(1, false)))).isFalse();
      assertThat(log.lines()).singleElement().asString().startsWith("WARN").contains("core count");
    }
  }

  @Test
  void aZeroCoreCountIsTreatedAsUnknown() {
    assertThat(new OverloadEvaluator(SETTINGS, 0).cpuPercentOfCapacity(90)).isEqualTo(90);
  }

  @ParameterizedTest(name = "cpu {0}, ram {1}, success {2}, replicas {3} → near {4}")
  @CsvSource({
    "40, 50, 1.0, 1, false",
    "288, 50, 1.0, 1, true",
    "352, 50, 1.0, 1, true",
    "360, 50, 1.0, 1, false",
    "40, 81, 1.0, 1, true",
    "40, 50, 0.954, 1, true",
    "40, 50, 0.96, 1, false",
    "40, 50, 1.0, 14, true",
    "40, 50, 1.0, 13, false",
    "NaN, NaN, NaN, 0, false"
  })
  void anIterationIsNearAThresholdWhenAnyCriterionIsWithinTheRelativeMargin(
      double cpu, double ramPct, double success, int replicas, boolean near) {
    FunctionMeasurement function =
        new FunctionMeasurement("f", 10, success, FunctionUsage.UNKNOWN, replicas, false, 5);

    assertThat(fourCores.nearThreshold(node(cpu, ramPct), List.of(function), 0.1)).isEqualTo(near);
  }

  @Test
  void summarisesAnIterationByItsSlowestDrivenFunctionTailAndMean() {
    FunctionMeasurement a = measured("a", 10, new LatencyDetail(12, 10, 18, 20));
    FunctionMeasurement b = measured("b", 10, new LatencyDetail(8, 7, 25, 30));
    FunctionMeasurement idle = measured("c", 0, LatencyDetail.ABSENT);

    IterationSummary summary = fourCores.summary(row(List.of(a, b, idle)));

    assertThat(summary.p95LatencyMs()).isEqualTo(30);
    assertThat(summary.meanLatencyMs()).isEqualTo(12);
  }

  @Test
  void hasNoTailWhenK6LeftThePercentileOut() {
    FunctionMeasurement a = measured("a", 10, new LatencyDetail(12, 10, Double.NaN, Double.NaN));

    IterationSummary summary = fourCores.summary(row(List.of(a)));

    assertThat(summary.p95LatencyMs()).isNaN();
    assertThat(summary.meanLatencyMs()).isEqualTo(12);
  }

  private static FunctionMeasurement measured(String name, int rate, LatencyDetail latency) {
    return new FunctionMeasurement(
        name, rate, 1.0, FunctionUsage.UNKNOWN, 1, false, latency.avgMs(), latency, rate * 30);
  }

  private static ResultRow row(List<FunctionMeasurement> functions) {
    NodeUsage usage = node(100, 50);
    return new ResultRow(functions, new NodeMeasurement(usage, usage, 0, false), 0, List.of());
  }
}
