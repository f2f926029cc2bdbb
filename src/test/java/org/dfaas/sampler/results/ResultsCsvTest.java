package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
}
