package org.dfaas.sampler.replay;

import java.util.List;
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
 * when exactly one whole number fits every row.
 */
final class CoreInference {

  private CoreInference() {}

  static ReplayCores infer(List<ResultRow> rows, OverloadSettings settings) {
    double written = Double.NaN;
    for (ResultRow row : rows) {
      if (Double.isNaN(row.nodeCores())) {
        continue;
      }
      if (!Double.isNaN(written) && written != row.nodeCores()) {
        return ReplayCores.unknown(
            "its "
                + ColumnNames.NODE_CORES
                + " column holds both "
                + written
                + " and "
                + row.nodeCores()
                + "; give --node-cores N");
      }
      written = row.nodeCores();
    }
    if (!Double.isNaN(written)) {
      return new ReplayCores(written, "the recording's " + ColumnNames.NODE_CORES + " column");
    }
    return fromLabels(rows, settings);
  }

  private static ReplayCores fromLabels(List<ResultRow> rows, OverloadSettings settings) {
    double pct = settings.cpuOverloadPctOfCapacity();
    OverloadEvaluator withoutCpu = new OverloadEvaluator(settings, 1);
    long atLeast = 1;
    long below = Long.MAX_VALUE;
    for (ResultRow row : rows) {
      double cpu = row.node().loaded().cpu();
      if (!Double.isFinite(cpu) || pct <= 0) {
        continue;
      }
      double ratio = cpu / pct;
      Boolean byCpu = overloadedByCpu(row, withoutCpu);
      if (byCpu == null) {
        continue;
      }
      if (byCpu) {
        below = Math.min(below, (long) Math.ceil(ratio));
      } else {
        atLeast = Math.max(atLeast, (long) Math.ceil(ratio));
      }
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
  private static Boolean overloadedByCpu(ResultRow row, OverloadEvaluator withoutCpu) {
    if (!row.node().overloaded()) {
      return false;
    }
    if (!row.overloadReasons().isEmpty()) {
      return row.overloadReasons().contains("cpu");
    }
    NodeUsage loaded = row.node().loaded();
    NodeUsage noCpu = new NodeUsage(Double.NaN, loaded.ram(), loaded.ramPct(), loaded.power());
    return withoutCpu.reasons(noCpu, row.functions()).isEmpty() ? Boolean.TRUE : null;
  }

  private static String trim(double pct) {
    return pct == Math.rint(pct) ? Long.toString((long) pct) : Double.toString(pct);
  }
}
