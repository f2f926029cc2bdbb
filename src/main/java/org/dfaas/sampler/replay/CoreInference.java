package org.dfaas.sampler.replay;

import java.util.Locale;
import org.dfaas.sampler.campaign.OverloadEvaluator;
import org.dfaas.sampler.config.OverloadSettings;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.results.ColumnNames;
import org.dfaas.sampler.results.ResultRow;

/**
 * The node's core count, read from a recording: its {@code node_cores} column when it has one, else
 * inferred from its overload labels through the DFaaS rule {@code cpu_usage_node > cores ×
 * cpu_overload_pct_of_capacity}. A row not overloaded puts the count at or above {@code
 * cpu_usage_node / pct}; a row overloaded by CPU (its {@code overload_reason} says {@code cpu}, or,
 * without that column, no other criterion explains its label) puts it below. The count is known
 * when exactly one whole number fits every row. Rows are taken one at a time, as the file is read.
 *
 * <p>Not thread-safe.
 */
final class CoreInference {

  private final double pct;
  private final OverloadEvaluator withoutCpu;
  private double written = Double.NaN;
  private double otherWritten = Double.NaN;
  private long atLeast = 1;
  private long below = Long.MAX_VALUE;

  private final double margin;

  /**
   * @param margin the replay's "near a threshold" margin: a row overloaded without a reason column
   *     is put down to CPU only when every other criterion is farther than that from its threshold
   *     (the file's three decimals could hide a success rate just below its minimum)
   */
  CoreInference(OverloadSettings settings, double margin) {
    this.margin = margin;
    this.pct = settings.cpuOverloadPctOfCapacity();
    this.withoutCpu = new OverloadEvaluator(settings, 1);
  }

  /** Takes one row of the recording into account. */
  void add(ResultRow row) {
    if (!Double.isNaN(row.nodeCores())) {
      if (Double.isNaN(written)) {
        written = row.nodeCores();
      } else if (written != row.nodeCores()) {
        otherWritten = row.nodeCores();
      }
    }
    double cpu = row.node().loaded().cpu();
    if (!Double.isFinite(cpu) || pct <= 0) {
      return;
    }
    Boolean byCpu = overloadedByCpu(row);
    if (byCpu == null) {
      return;
    }
    long ratio = (long) Math.ceil(cpu / pct);
    if (byCpu) {
      below = Math.min(below, ratio);
    } else {
      atLeast = Math.max(atLeast, ratio);
    }
  }

  /** The core count the rows taken tell, or why they tell none. */
  ReplayCores result() {
    if (!Double.isNaN(otherWritten)) {
      return ReplayCores.unknown(
          "its "
              + ColumnNames.NODE_CORES
              + " column holds both "
              + written
              + " and "
              + otherWritten
              + "; give --node-cores N");
    }
    if (!Double.isNaN(written)) {
      return new ReplayCores(written, "the recording's " + ColumnNames.NODE_CORES + " column");
    }
    String rule =
        String.format(Locale.ROOT, "(DFaaS rule: cpu_usage_node > cores × %s)", trim(pct));
    if (below == Long.MAX_VALUE) {
      return ReplayCores.unknown(
          "no row of the recording is overloaded by CPU, so its labels only say cores ≥ "
              + atLeast
              + " "
              + rule
              + "; give --node-cores N");
    }
    if (atLeast >= below) {
      return ReplayCores.unknown(
          "its labels fit no core count "
              + rule
              + ": some rows need ≥ "
              + atLeast
              + ", others < "
              + below
              + "; give --node-cores N");
    }
    if (below - atLeast > 1) {
      return ReplayCores.unknown(
          "its labels allow "
              + atLeast
              + " to "
              + (below - 1)
              + " cores "
              + rule
              + "; give --node-cores N");
    }
    return new ReplayCores(atLeast, "inferred from the recording's labels " + rule);
  }

  /**
   * Whether CPU decided the row's label: true when it did, false when CPU was not above the
   * threshold, null when the row cannot tell (overloaded for another reason, CPU unknown).
   */
  private Boolean overloadedByCpu(ResultRow row) {
    if (!row.node().overloaded()) {
      return false;
    }
    if (!row.overloadReasons().isEmpty()) {
      return row.overloadReasons().contains("cpu");
    }
    NodeUsage loaded = row.node().loaded();
    NodeUsage noCpu = new NodeUsage(Double.NaN, loaded.ram(), loaded.ramPct(), loaded.power());
    boolean otherwiseClear =
        withoutCpu.reasons(noCpu, row.functions()).isEmpty()
            && row.functions().stream().noneMatch(f -> f.overloaded())
            && !withoutCpu.nearThreshold(noCpu, row.functions(), margin);
    return otherwiseClear ? Boolean.TRUE : null;
  }

  private static String trim(double pct) {
    return pct == Math.rint(pct) ? Long.toString((long) pct) : Double.toString(pct);
  }
}
