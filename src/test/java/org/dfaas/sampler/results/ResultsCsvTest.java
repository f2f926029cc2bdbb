package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dfaas.sampler.config.OutputSettings.LatencyFormat;
import org.dfaas.sampler.k6.LatencyDetail;
import org.dfaas.sampler.metrics.FunctionUsage;
import org.dfaas.sampler.metrics.NodeUsage;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

  private static final NodeMeasurement NODE =
      new NodeMeasurement(
          new NodeUsage(12.3456, 1.5e9, 20.0, Double.NaN),
          new NodeUsage(250.0005, 2.25e9, 30.1235, Double.NaN),
          15,
          true);

  @Test
  void laysOutNineColumnsPerSortedFunctionThenTheNodeColumns() {
    ResultsCsv table = new ResultsCsv(List.of("figlet", "env"));

    assertThat(String.join(",", table.header()))
        .isEqualTo(
            "function_env,rate_function_env,success_rate_function_env,cpu_usage_function_env,"
                + "ram_usage_function_env,power_usage_function_env,replica_env,"
                + "overloaded_function_env,medium_latency_function_env,"
                + "function_figlet,rate_function_figlet,success_rate_function_figlet,"
                + "cpu_usage_function_figlet,ram_usage_function_figlet,"
                + "power_usage_function_figlet,replica_figlet,overloaded_function_figlet,"
                + "medium_latency_function_figlet,"
                + "cpu_usage_idle_node,cpu_usage_node,ram_usage_idle_node,ram_usage_node,"
                + "ram_usage_idle_node_percentage,ram_usage_node_percentage,"
                + "power_usage_idle_node,power_usage_node,rest_seconds,overloaded_node");
  }

  @Test
  void formatsAFunctionOfTheConfigurationAndLeavesTheOthersEmpty() {
    ResultsCsv table = new ResultsCsv(List.of("figlet", "env", "shasum"));
    FunctionMeasurement figlet =
        new FunctionMeasurement(
            "figlet", 20, 0.95, new FunctionUsage(33.3333, 5.0e7, Double.NaN), 3, false, 153.87);

    List<String> cells = table.cells(new ResultRow(List.of(figlet), NODE));

    assertThat(cells).hasSameSizeAs(table.header());
    assertThat(String.join(",", cells))
        .isEqualTo(
            ",,,,,,,,,"
                + "figlet,20,0.950,33.333,50000000.000,nan,3,0,153,"
                + ",,,,,,,,,"
                + "12.346,250.000,1500000000.000,2250000000.000,20.000,30.123,nan,nan,15,1");
  }

  @Test
  void writesTheFunctionsOfAConfigurationInNameOrderWhateverTheRowsOrder() {
    ResultsCsv table = new ResultsCsv(List.of("a", "b"));
    FunctionMeasurement a =
        new FunctionMeasurement("a", 10, 1.0, FunctionUsage.UNKNOWN, 1, false, Double.NaN);
    FunctionMeasurement b =
        new FunctionMeasurement("b", 0, 1.0, new FunctionUsage(0, 0, 0), 0, true, 0.0);

    List<String> cells = table.cells(new ResultRow(List.of(b, a), NODE));

    assertThat(cells.subList(0, 18))
        .containsExactly(
            "a", "10", "1.000", "nan", "nan", "nan", "1", "0", "nan", "b", "0", "1.000", "0.000",
            "0.000", "0.000", "0", "1", "0");
  }

  @Test
  void refusesARowWithAFunctionOutsideTheCampaign() {
    ResultsCsv table = new ResultsCsv(List.of("env"));
    FunctionMeasurement stranger =
        new FunctionMeasurement("figlet", 10, 1.0, FunctionUsage.UNKNOWN, 1, false, 1.0);

    assertThatThrownBy(() -> table.cells(new ResultRow(List.of(stranger), NODE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("figlet");
  }

  @Test
  void refusesARowWithAFunctionTwice() {
    FunctionMeasurement env =
        new FunctionMeasurement("env", 10, 1.0, FunctionUsage.UNKNOWN, 1, false, 1.0);

    assertThatThrownBy(() -> new ResultRow(List.of(env, env), NODE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("env");
  }

  @Test
  void refusesANegativeRateOrReplicaCount() {
    assertThatThrownBy(
            () -> new FunctionMeasurement("env", -1, 1.0, FunctionUsage.UNKNOWN, 1, false, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new FunctionMeasurement("env", 1, 1.0, FunctionUsage.UNKNOWN, -1, false, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void putsTheExtraColumnsAfterEveryColumnOfTheOldTool() {
    ResultsCsv plain = new ResultsCsv(List.of("figlet", "env"));
    ResultsCsv extra = new ResultsCsv(List.of("figlet", "env"), true, LatencyFormat.INTEGER);

    assertThat(extra.header().subList(0, plain.header().size())).isEqualTo(plain.header());
    assertThat(extra.header().subList(plain.header().size(), extra.header().size()))
        .containsExactly(
            "latency_avg_function_env",
            "latency_med_function_env",
            "latency_p90_function_env",
            "latency_p95_function_env",
            "request_count_function_env",
            "latency_avg_function_figlet",
            "latency_med_function_figlet",
            "latency_p90_function_figlet",
            "latency_p95_function_figlet",
            "request_count_function_figlet",
            "dropped_iterations",
            "node_cores",
            "overload_reason",
            "target");
  }

  @Test
  void writesTheNodesCoreCountAsAWholeNumber() {
    ResultsCsv table = new ResultsCsv(List.of("figlet"), true, LatencyFormat.INTEGER);

    List<String> cells = table.cells(new ResultRow(List.of(), NODE, 0, List.of(), 4));

    assertThat(cells.get(table.header().indexOf("node_cores"))).isEqualTo("4");
  }

  @Test
  void writesTheOldToolsHeaderExactlyWithoutExtraColumns() {
    ResultsCsv plain = new ResultsCsv(List.of("figlet", "env"), false, LatencyFormat.INTEGER);

    assertThat(plain.header()).hasSize(28).last().isEqualTo("overloaded_node");
    assertThat(plain.cells(new ResultRow(List.of(), NODE, 0, List.of("cpu")))).hasSize(28);
  }

  @Test
  void joinsTheOverloadReasonsWithAPlusAndSaysNoneWhenNotOverloaded() {
    ResultsCsv table = new ResultsCsv(List.of("env"), true, LatencyFormat.INTEGER);
    FunctionMeasurement env =
        new FunctionMeasurement("env", 10, 0.5, FunctionUsage.UNKNOWN, 20, true, 3.5);

    List<String> overloaded =
        table.cells(
            new ResultRow(
                List.of(env),
                NODE,
                0,
                List.of("success_rate", "cpu", "success_rate:env", "replicas:env")));
    NodeMeasurement calmNode = new NodeMeasurement(NODE.idle(), NODE.loaded(), 15, false);
    List<String> calm = table.cells(new ResultRow(List.of(env), calmNode), "node-1");

    assertThat(overloaded.get(overloaded.size() - 2))
        .isEqualTo("success_rate+cpu+success_rate:env+replicas:env");
    assertThat(calm.subList(calm.size() - 2, calm.size())).containsExactly("none", "node-1");
  }

  @Test
  void keepsTheReasonCellEmptyInAFileStartedWithoutTheTargetColumn() {
    ResultsCsv earlier =
        new ResultsCsv(List.of("env"), ResultsCsv.Extras.OVERLOAD_REASON, LatencyFormat.INTEGER);
    FunctionMeasurement env =
        new FunctionMeasurement("env", 10, 1.0, FunctionUsage.UNKNOWN, 1, false, 3.5);

    List<String> cells = earlier.cells(new ResultRow(List.of(env), NODE));

    assertThat(earlier.header()).last().isEqualTo("overload_reason");
    assertThat(cells).last().isEqualTo("");
  }

  @Test
  void writesLatencyDetailRequestCountAndDroppedIterations() {
    ResultsCsv table = new ResultsCsv(List.of("figlet", "env"), true, LatencyFormat.INTEGER);
    FunctionMeasurement figlet =
        new FunctionMeasurement(
            "figlet",
            20,
            0.95,
            FunctionUsage.UNKNOWN,
            3,
            false,
            55.25,
            new LatencyDetail(55.25, 31.0, 120.4, 190.7),
            600);
    FunctionMeasurement idle =
        new FunctionMeasurement(
            "env", 0, 1.0, FunctionUsage.UNKNOWN, 1, false, 0.0, LatencyDetail.ABSENT, 0);

    List<String> cells = table.cells(new ResultRow(List.of(figlet, idle), NODE, 2));

    assertThat(cells).hasSameSizeAs(table.header());
    assertThat(cells.get(8)).isEqualTo("0");
    assertThat(cells.get(17)).isEqualTo("55");
    assertThat(String.join(",", cells.subList(28, cells.size())))
        .isEqualTo("nan,nan,nan,nan,0,55.250,31.000,120.400,190.700,600,2,nan,unknown,");
  }

  @Test
  void leavesTheExtraCellsOfAFunctionOutsideTheConfigurationEmpty() {
    ResultsCsv table = new ResultsCsv(List.of("figlet", "env"), true, LatencyFormat.INTEGER);
    FunctionMeasurement env =
        new FunctionMeasurement("env", 10, 1.0, FunctionUsage.UNKNOWN, 1, false, 3.5);

    List<String> cells = table.cells(new ResultRow(List.of(env), NODE));

    assertThat(String.join(",", cells.subList(28, cells.size())))
        .isEqualTo("nan,nan,nan,nan,nan,,,,,,0,nan,unknown,");
  }

  @Test
  void writesTheMeanLatencyWithThreeDecimalsWhenAskedAsTheLaterVersionsDo() {
    ResultsCsv table = new ResultsCsv(List.of("env"), false, LatencyFormat.DECIMAL);
    FunctionMeasurement env =
        new FunctionMeasurement("env", 10, 1.0, FunctionUsage.UNKNOWN, 1, false, 153.87651);

    assertThat(table.cells(new ResultRow(List.of(env), NODE)).get(8)).isEqualTo("153.877");
    assertThat(table.header()).hasSize(19);
  }
}
