package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.dfaas.sampler.metrics.FunctionUsage;
import org.dfaas.sampler.metrics.MetricsRow;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;

class MetricsCsvTest {

  private final MetricsCsv table =
      MetricsCsv.forConfiguration(
          Configuration.of(new RatePair("figlet", 10), new RatePair("env", 20)));

  @Test
  void laysOutTheNodeColumnsThenThreePerFunctionOfTheConfiguration() {
    assertThat(String.join(",", table.header()))
        .isEqualTo(
            "cpu_usage_node,ram_usage_node,ram_usage_node_pct,power_usage_node,"
                + "cpu_usage_function_env,ram_usage_function_env,power_usage_function_env,"
                + "cpu_usage_function_figlet,ram_usage_function_figlet,"
                + "power_usage_function_figlet");
  }

  @Test
  void writesThreeDecimalsAndNanForAFunctionNotMeasured() {
    MetricsRow row =
        new MetricsRow(
            new NodeUsage(101.2345, 3.0e9, 45.6785, Double.NaN),
            Map.of("figlet", new FunctionUsage(12.0, 1024.5, Double.NaN)));

    assertThat(String.join(",", table.cells(row)))
        .isEqualTo("101.234,3000000000.000,45.678,nan,nan,nan,nan,12.000,1024.500,nan");
  }

  @Test
  void refusesMetricsOfAFunctionOutsideTheConfiguration() {
    MetricsRow row =
        new MetricsRow(NodeUsage.UNKNOWN, Map.of("shasum", new FunctionUsage(1.0, 1.0, 1.0)));

    assertThatThrownBy(() -> table.cells(row))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shasum");
  }
}
