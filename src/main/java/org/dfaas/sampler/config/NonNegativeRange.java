package org.dfaas.sampler.config;

import java.util.List;

/**
 * A {@code min_*}..{@code max_*} pair of a rate strategy: {@code min_rate}..{@code max_rate} of the
 * linear and random ones, {@code min_power}..{@code max_power} of the exponential one.
 */
final class NonNegativeRange {

  private NonNegativeRange() {}

  /** Adds a problem for a negative minimum and for a maximum below it. */
  static void validate(
      String path, String minKey, int min, String maxKey, int max, List<ConfigProblem> problems) {
    if (min < 0) {
      problems.add(new ConfigProblem(path + "." + minKey, "must be ≥ 0, got " + min));
    }
    if (max < min) {
      problems.add(
          new ConfigProblem(
              path + "." + maxKey, "must be ≥ " + minKey + " (" + min + "), got " + max));
    }
  }
}
