package org.dfaas.sampler.report;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of a value over the iterations of a configuration, with its spread and a 95 % confidence
 * interval from Student's t: with three iterations or so, the normal approximation would claim a
 * precision the data does not have. Missing values (NaN) are left out, never counted as zero.
 *
 * @param n how many values were not missing
 * @param mean their mean, NaN when {@code n == 0}
 * @param sd their sample standard deviation, NaN when {@code n < 2}
 * @param low the lower end of the 95 % interval, NaN when {@code n < 2}
 * @param high the upper end of the 95 % interval, NaN when {@code n < 2}
 */
public record Stats(int n, double mean, double sd, double low, double high) {

  /** The confidence level of every interval of the report. */
  public static final double LEVEL = 0.95;

  // Racy but safe: a slot is 0 or the one value it can hold.
  private static final double[] T_QUANTILES = new double[1024];

  /** The statistics of {@code values}, NaN values left out. */
  public static Stats of(double... values) {
    long n = 0;
    double mean = 0;
    double squares = 0;
    for (double value : values) {
      if (!Double.isNaN(value)) {
        n++;
        double delta = value - mean;
        mean += delta / n;
        squares += delta * (value - mean);
      }
    }
    return ofMoments(n, mean, squares);
  }

  /**
   * The statistics of {@code n} values of mean {@code mean} whose squared deviations from it add up
   * to {@code squares}: what a running aggregate keeps instead of the values.
   */
  public static Stats ofMoments(long n, double mean, double squares) {
    if (n == 0) {
      return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    int count = (int) Math.min(n, Integer.MAX_VALUE);
    if (n == 1) {
      return new Stats(1, mean, Double.NaN, Double.NaN, Double.NaN);
    }
    double sd = Math.sqrt(squares / (n - 1));
    double half = tQuantile((int) Math.min(n - 1, Integer.MAX_VALUE)) * sd / Math.sqrt(n);
    return new Stats(count, mean, sd, mean - half, mean + half);
  }

  /** The two-sided 95 % quantile of Student's t with {@code degreesOfFreedom}. */
  public static double tQuantile(int degreesOfFreedom) {
    if (degreesOfFreedom < T_QUANTILES.length) {
      double known = T_QUANTILES[degreesOfFreedom];
      if (known != 0) {
        return known;
      }
      // Computed once per degree of freedom: a report of many configurations asks for the same few.
      double computed = computeTQuantile(degreesOfFreedom);
      T_QUANTILES[degreesOfFreedom] = computed;
      return computed;
    }
    return computeTQuantile(degreesOfFreedom);
  }

  private static double computeTQuantile(int degreesOfFreedom) {
    return new TDistribution(null, degreesOfFreedom)
        .inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
  }

  /** The same statistics of the values multiplied by {@code factor} (a change of unit). */
  public Stats scaled(double factor) {
    return new Stats(n, mean * factor, sd * factor, low * factor, high * factor);
  }

  /**
   * The same statistics with the interval cut to {@code [lowest, highest]}, the values a quantity
   * can take: Student's interval around a success rate of 0.95 may reach past 1, which no rate can.
   */
  public Stats within(double lowest, double highest) {
    return new Stats(
        n,
        mean,
        sd,
        Math.max(lowest, Math.min(highest, low)),
        Math.min(highest, Math.max(lowest, high)));
  }

  /** Whether there is an interval to show: at least two values. */
  public boolean hasInterval() {
    return n >= 2;
  }
}
