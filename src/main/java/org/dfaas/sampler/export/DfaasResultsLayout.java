package org.dfaas.sampler.export;

import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.results.ColumnNames;
import org.dfaas.sampler.results.CsvNumbers;
import org.dfaas.sampler.results.FunctionMeasurement;
import org.dfaas.sampler.results.NodeMeasurement;
import org.dfaas.sampler.results.ResultRow;

/**
 * A results file of the DFaaS project's sampler for one set of functions (docs/export.md): per
 * function, in sorted name order, {@code function_{f}}, {@code rate_function_{f}}, {@code
 * success_rate_function_{f}}, {@code cpu_usage_function_{f}}, {@code ram_usage_function_{f}},
 * {@code power_usage_function_{f}}, {@code replica_{f}}, {@code overloaded_function_{f}}, {@code
 * medium_latency_function_{f}} (integer nanoseconds), then the ten node columns; nothing else.
 * Every row names every function of the set, as theirs do.
 */
final class DfaasResultsLayout {

  private static final double NANOS_PER_MILLI = 1_000_000;

  private DfaasResultsLayout() {}

  static List<String> header(List<String> functions) {
    List<String> header = new ArrayList<>();
    for (String f : functions) {
      header.addAll(
          List.of(
              ColumnNames.function(f),
              ColumnNames.rate(f),
              ColumnNames.successRate(f),
              ColumnNames.cpu(f),
              ColumnNames.ram(f),
              ColumnNames.power(f),
              ColumnNames.replicas(f),
              ColumnNames.overloaded(f),
              ColumnNames.mediumLatency(f)));
    }
    header.addAll(
        List.of(
            ColumnNames.CPU_IDLE_NODE,
            ColumnNames.CPU_NODE,
            ColumnNames.RAM_IDLE_NODE,
            ColumnNames.RAM_NODE,
            ColumnNames.RAM_IDLE_NODE_PERCENTAGE,
            ColumnNames.RAM_NODE_PERCENTAGE,
            ColumnNames.POWER_IDLE_NODE,
            ColumnNames.POWER_NODE,
            ColumnNames.REST_SECONDS,
            ColumnNames.OVERLOADED_NODE));
    return header;
  }

  /** The cells of {@code row}, whose functions are the file's. */
  static List<String> cells(ResultRow row) {
    List<String> cells = new ArrayList<>();
    for (FunctionMeasurement m : row.functions()) {
      cells.add(m.name());
      cells.add(CsvNumbers.integer(m.rate()));
      cells.add(CsvNumbers.decimal(m.successRate()));
      cells.add(CsvNumbers.decimal(m.usage().cpu()));
      cells.add(CsvNumbers.decimal(m.usage().ram()));
      cells.add(CsvNumbers.decimal(m.usage().power()));
      cells.add(CsvNumbers.integer(m.replicas()));
      cells.add(CsvNumbers.flag(m.overloaded()));
      cells.add(nanoseconds(meanLatencyMs(m)));
    }
    NodeMeasurement node = row.node();
    cells.add(CsvNumbers.decimal(node.idle().cpu()));
    cells.add(CsvNumbers.decimal(node.loaded().cpu()));
    cells.add(CsvNumbers.decimal(node.idle().ram()));
    cells.add(CsvNumbers.decimal(node.loaded().ram()));
    cells.add(CsvNumbers.decimal(node.idle().ramPct()));
    cells.add(CsvNumbers.decimal(node.loaded().ramPct()));
    cells.add(CsvNumbers.decimal(node.idle().power()));
    cells.add(CsvNumbers.decimal(node.loaded().power()));
    cells.add(CsvNumbers.integer(node.restSeconds()));
    cells.add(CsvNumbers.flag(node.overloaded()));
    return cells;
  }

  /**
   * The mean latency in milliseconds: the three-decimal {@code latency_avg} where the row has it,
   * else {@code medium_latency} (cut to whole milliseconds in the old tool's files).
   */
  private static double meanLatencyMs(FunctionMeasurement m) {
    double detailed = m.latency().avgMs();
    return Double.isNaN(detailed) ? m.avgLatencyMs() : detailed;
  }

  /** Whole nanoseconds, as the DFaaS sampler's load generator reports them; NaN stays nan. */
  static String nanoseconds(double milliseconds) {
    if (Double.isNaN(milliseconds) || Double.isInfinite(milliseconds)) {
      return CsvNumbers.NAN;
    }
    return Long.toString(Math.round(milliseconds * NANOS_PER_MILLI));
  }
}
