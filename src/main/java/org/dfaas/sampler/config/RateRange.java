package org.dfaas.sampler.config;

import java.util.List;

/** The {@code min_rate}..{@code max_rate} range that linear and random strategies share. */
final class RateRange {

  private RateRange() {}

  /** Adds a problem for a negative {@code min_rate} and for a {@code max_rate} below it. */
  static void validate(String path, int minRate, int maxRate, List<ConfigProblem> problems) {
    if (minRate < 0) {
      problems.add(new ConfigProblem(path + ".min_rate", "must be ≥ 0, got " + minRate));
    }
    if (maxRate < minRate) {
      problems.add(
          new ConfigProblem(
              path + ".max_rate", "must be ≥ min_rate (" + minRate + "), got " + maxRate));
    }
  }
}
