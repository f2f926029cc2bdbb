package org.dfaas.sampler.export;

import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.results.ColumnNames;
import org.dfaas.sampler.results.CsvNumbers;
import org.dfaas.sampler.results.FunctionMeasurement;
import org.dfaas.sampler.results.ResultRow;
import org.dfaas.sampler.results.ResultsCsv;

/**
 * A results file of the DFaaS project's sampler for one set of functions (docs/export.md): the old
 * tool's columns for that set, which are theirs (per function, in sorted name order, {@code
 * function_{f}} … {@code medium_latency_function_{f}}, then the ten node columns, nothing else),
 * with {@code medium_latency_function_{f}} in whole nanoseconds, their load generator's unit. Every
 * row names every function of the set, as theirs do. Immutable.
 */
final class DfaasResultsLayout {

  private static final double NANOS_PER_MILLI = 1_000_000;

  private final ResultsCsv layout;
  private final List<String> header;

  DfaasResultsLayout(List<String> functions) {
    this.layout = new ResultsCsv(functions);
    this.header = layout.header();
  }

  List<String> header() {
    return header;
  }

  /** The cells of {@code row}, whose functions are the file's. */
  List<String> cells(ResultRow row) {
    List<String> cells = new ArrayList<>(layout.cells(row));
    for (FunctionMeasurement m : row.functions()) {
      cells.set(header.indexOf(ColumnNames.mediumLatency(m.name())), nanoseconds(meanLatencyMs(m)));
    }
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
    if (!Double.isFinite(milliseconds)) {
      return CsvNumbers.decimal(milliseconds);
    }
    return Long.toString(Math.round(milliseconds * NANOS_PER_MILLI));
  }
}
