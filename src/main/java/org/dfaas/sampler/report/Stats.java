package org.dfaas.sampler.report;

import java.util.Arrays;
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

  /** The statistics of {@code values}, NaN values left out. */
  public static Stats of(double... values) {
    double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    int n = present.length;
    if (n == 0) {
      return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = Arrays.stream(present).average().orElseThrow();
    if (n == 1) {
      return new Stats(1, mean, Double.NaN, Double.NaN, Double.NaN);
    }
    double squares = Arrays.stream(present).map(v -> (v - mean) * (v - mean)).sum();
    double sd = Math.sqrt(squares / (n - 1));
    double half = tQuantile(n - 1) * sd / Math.sqrt(n);
    return new Stats(n, mean, sd, mean - half, mean + half);
  }

  /** The two-sided 95 % quantile of Student's t with {@code degreesOfFreedom}. */
  public static double tQuantile(int degreesOfFreedom) {
    return new TDistribution(null, degreesOfFreedom)
        .inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
  }

  /** Whether there is an interval to show: at least two values. */
  public boolean hasInterval() {
    return n >= 2;
  }
}
