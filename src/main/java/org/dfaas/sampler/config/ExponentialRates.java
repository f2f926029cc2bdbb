package org.dfaas.sampler.config;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code base^p} for {@code p = minPower..maxPower}, stopping before the first value above {@code
 * maxRate} when one is set.
 */
public record ExponentialRates(int base, int minPower, int maxPower, Integer maxRate)
    implements RateStrategy {

  @Override
  public String type() {
    return "exponential";
  }

  @Override
  public int[] rates() {
    List<Integer> rates = new ArrayList<>();
    long value = power(minPower);
    for (int p = minPower; p <= maxPower; p++) {
      if (maxRate != null && value > maxRate) {
        break;
      }
      rates.add((int) value);
      value *= base;
    }
    return rates.stream().mapToInt(Integer::intValue).toArray();
  }

  private long power(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= base;
    }
    return value;
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    List<ConfigProblem> problems = new ArrayList<>();
    if (base < 2) {
      problems.add(new ConfigProblem(path + ".base", "must be ≥ 2, got " + base));
    }
    NonNegativeRange.validate(path, "min_power", minPower, "max_power", maxPower, problems);
    if (maxRate != null && maxRate < 1) {
      problems.add(new ConfigProblem(path + ".max_rate", "must be ≥ 1, got " + maxRate));
    }
    if (problems.isEmpty()) {
      long limit = maxRate == null ? Integer.MAX_VALUE : maxRate;
      if (exceeds(minPower, Integer.MAX_VALUE)) {
        problems.add(
            new ConfigProblem(
                path + ".min_power",
                base + "^" + minPower + " is larger than the largest rate " + Integer.MAX_VALUE));
      } else if (maxRate != null && exceeds(minPower, limit)) {
        // Every power would be dropped, leaving a plan without a single configuration.
        problems.add(
            new ConfigProblem(
                path + ".max_rate",
                "must be ≥ the lowest rate "
                    + base
                    + "^"
                    + minPower
                    + " = "
                    + power(minPower)
                    + ", got "
                    + maxRate));
      } else if (maxRate == null && exceeds(maxPower, limit)) {
        problems.add(
            new ConfigProblem(
                path + ".max_power",
                base
                    + "^"
                    + maxPower
                    + " is larger than the largest rate "
                    + Integer.MAX_VALUE
                    + "; lower max_power or set max_rate"));
      }
    }
    return problems;
  }

  private boolean exceeds(int exponent, long limit) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= base;
      if (value > limit) {
        return true;
      }
    }
    return false;
  }
}
