package org.dfaas.sampler.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.plan.Configuration;

/**
 * What the report keeps of one configuration's iterations: how many, how many overloaded and why,
 * and the running moments (count, mean, sum of squared deviations, Welford's) of every value it
 * shows, so that a results file of millions of rows is summarised in memory that grows with the
 * configurations, never with the rows. Missing values (NaN) are left out, never counted as zero.
 * The functions' values are kept only for a configuration that loads at most one function (the
 * others at rate 0): the report shows them for a function alone, and keeping them for every pair
 * and triple would multiply the memory of a large plan for nothing.
 *
 * <p>Not thread-safe: filled while the file is read, then only read.
 */
final class IterationAggregate {

  private static final int NODE_SLOTS = NodeValue.values().length;
  private static final int FUNCTION_SLOTS = FunctionValue.values().length;

  private final List<String> functions;
  // Per slot: count, mean, sum of squared deviations; node values first, then each function's.
  private final double[] moments;
  private int iterations;
  private int overloaded;
  private String[] reasons = new String[0];
  private int[] reasonCounts = new int[0];

  IterationAggregate(Configuration configuration) {
    boolean alone = configuration.pairs().stream().filter(p -> p.rate() > 0).count() <= 1;
    this.functions = alone ? configuration.functionNames() : List.of();
    this.moments = new double[3 * (NODE_SLOTS + FUNCTION_SLOTS * functions.size())];
  }

  /** Counts {@code sample}, one iteration of this configuration. */
  void add(IterationSample sample) {
    iterations++;
    overloaded += sample.overloaded() ? 1 : 0;
    for (NodeValue value : NodeValue.values()) {
      add(value.ordinal(), value.applyAsDouble(sample));
    }
    for (FunctionSample function : sample.functions()) {
      int at = functions.indexOf(function.name());
      if (at < 0) {
        continue;
      }
      int base = NODE_SLOTS + FUNCTION_SLOTS * at;
      for (FunctionValue value : FunctionValue.values()) {
        add(base + value.ordinal(), value.applyAsDouble(function));
      }
    }
    sample.overloadReasons().forEach(this::countReason);
  }

  int iterations() {
    return iterations;
  }

  int overloaded() {
    return overloaded;
  }

  /** Each overload reason with the iterations it held in, in the order first seen. */
  Map<String, Integer> reasons() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < reasons.length; i++) {
      counts.put(reasons[i], reasonCounts[i]);
    }
    return counts;
  }

  Stats stats(NodeValue value) {
    return stats(value.ordinal());
  }

  /**
   * The statistics of {@code value} of {@code function}; none when it is not in the set, or when
   * the set loads more than one function.
   */
  Stats stats(String function, FunctionValue value) {
    int at = functions.indexOf(function);
    return at < 0 ? Stats.of() : stats(NODE_SLOTS + FUNCTION_SLOTS * at + value.ordinal());
  }

  private Stats stats(int slot) {
    return Stats.ofMoments((long) moments[3 * slot], moments[3 * slot + 1], moments[3 * slot + 2]);
  }

  private void add(int slot, double value) {
    if (Double.isNaN(value)) {
      return;
    }
    int at = 3 * slot;
    double n = moments[at] + 1;
    double delta = value - moments[at + 1];
    moments[at] = n;
    moments[at + 1] += delta / n;
    moments[at + 2] += delta * (value - moments[at + 1]);
  }

  private void countReason(String reason) {
    for (int i = 0; i < reasons.length; i++) {
      if (reasons[i].equals(reason)) {
        reasonCounts[i]++;
        return;
      }
    }
    reasons = Arrays.copyOf(reasons, reasons.length + 1);
    reasonCounts = Arrays.copyOf(reasonCounts, reasonCounts.length + 1);
    reasons[reasons.length - 1] = reason;
    reasonCounts[reasonCounts.length - 1] = 1;
  }
}
