package org.dfaas.sampler.dashboard;

import java.util.List;
import org.dfaas.sampler.results.FunctionMeasurement;
import org.dfaas.sampler.results.RecordedRow;

/**
 * What the page shows of one row of {@code results.csv}: the latest rows, and each target's last
 * result.
 *
 * @param number the row's number in the file (the first row is 1)
 * @param configuration the configuration, described
 * @param target the row's target; empty when the file has no target column
 * @param overloaded whether the node was overloaded
 * @param reasons why, joined; empty when not overloaded or not recorded
 * @param lowestSuccess the lowest success rate of its functions (0..1); NaN when none
 * @param highestLatencyMs the highest mean latency of its functions; NaN when none
 * @param nodeCpu the node's CPU in the row, % of a core
 */
record RowBrief(
    long number,
    String configuration,
    String target,
    boolean overloaded,
    String reasons,
    double lowestSuccess,
    double highestLatencyMs,
    double nodeCpu) {

  static RowBrief of(long number, RecordedRow row) {
    List<FunctionMeasurement> loaded =
        row.row().functions().stream().filter(f -> f.rate() > 0).toList();
    return new RowBrief(
        number,
        row.configuration().describe(),
        row.target(),
        row.row().node().overloaded(),
        String.join(", ", row.row().overloadReasons()),
        loaded.stream().mapToDouble(FunctionMeasurement::successRate).min().orElse(Double.NaN),
        loaded.stream().mapToDouble(FunctionMeasurement::avgLatencyMs).max().orElse(Double.NaN),
        row.row().node().loaded().cpu());
  }
}
