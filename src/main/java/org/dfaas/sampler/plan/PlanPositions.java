package org.dfaas.sampler.plan;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Where a configuration stands in its plan (1-based), computed without walking the plan: the
 * configurations of smaller sizes, then those of the combinations before its own in lexicographic
 * order (weighted by their rate counts), then its rates read as a mixed-radix number with the last
 * function varying fastest. A search proposes configurations out of plan order, and the campaign's
 * log lines still say {@code config i/n} with i its place in the plan.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanPositions {

  private final List<String> names;
  private final int[][] choices;
  private final SortedMap<Integer, Long> counts;

  /** The positions of {@code plan}'s configurations. */
  public PlanPositions(Plan plan) {
    this.names = plan.functionNames();
    this.choices = names.stream().map(plan::ratesOf).toArray(int[][]::new);
    this.counts = plan.countsBySize();
  }

  /**
   * The 1-based position of {@code configuration} in plan order.
   *
   * @throws IllegalArgumentException when the plan does not hold it
   */
  public long of(Configuration configuration) {
    List<RatePair> pairs = configuration.pairs();
    int size = pairs.size();
    if (!counts.containsKey(size)) {
      throw notInPlan(configuration);
    }
    int[] functions = new int[size];
    int[] rateIndexes = new int[size];
    for (int j = 0; j < size; j++) {
      functions[j] = Collections.binarySearch(names, pairs.get(j).function());
      if (functions[j] < 0) {
        throw notInPlan(configuration);
      }
      rateIndexes[j] = Arrays.binarySearch(choices[functions[j]], pairs.get(j).rate());
      if (rateIndexes[j] < 0) {
        throw notInPlan(configuration);
      }
    }
    long position = 0;
    for (Map.Entry<Integer, Long> smaller : counts.headMap(size).entrySet()) {
      position += smaller.getValue();
    }
    position += combinationsBefore(functions);
    long withinCombination = 0;
    for (int j = 0; j < size; j++) {
      withinCombination = withinCombination * choices[functions[j]].length + rateIndexes[j];
    }
    return position + withinCombination + 1;
  }

  /**
   * The configurations of the combinations of the same size that come before {@code functions}
   * (ascending indexes into the names): for each position j, every smaller index x after the
   * previous one, times the rate counts of the shared prefix, x's own, and every way to fill the
   * rest from the functions after x.
   */
  private long combinationsBefore(int[] functions) {
    int size = functions.length;
    long[][] suffix = suffixSymmetricSums(size);
    long before = 0;
    long prefix = 1;
    int previous = -1;
    for (int j = 0; j < size; j++) {
      for (int x = previous + 1; x < functions[j]; x++) {
        before += prefix * choices[x].length * suffix[x + 1][size - j - 1];
      }
      prefix *= choices[functions[j]].length;
      previous = functions[j];
    }
    return before;
  }

  /** {@code [i][m]}: the m-th elementary symmetric sum of the rate counts of functions i.. . */
  private long[][] suffixSymmetricSums(int degree) {
    int n = names.size();
    long[][] sums = new long[n + 1][degree + 1];
    sums[n][0] = 1;
    for (int i = n - 1; i >= 0; i--) {
      sums[i][0] = 1;
      for (int m = 1; m <= degree; m++) {
        sums[i][m] = sums[i + 1][m] + choices[i].length * sums[i + 1][m - 1];
      }
    }
    return sums;
  }

  private static IllegalArgumentException notInPlan(Configuration configuration) {
    return new IllegalArgumentException(configuration + " is not a configuration of this plan");
  }
}
