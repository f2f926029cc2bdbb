package org.dfaas.sampler.config;

import java.util.ArrayList;
import java.util.List;

/** {@code min, min+step, … ≤ max}; the legacy {@code rates:} block means exactly this. */
public record LinearRates(int minRate, int maxRate, int step) implements RateStrategy {

  public static final LinearRates DEFAULT = new LinearRates(0, 200, 10);

  @Override
  public String type() {
    return "linear";
  }

  @Override
  public int[] rates() {
    int count = (int) (((long) maxRate - minRate) / step) + 1;
    int[] rates = new int[count];
    for (int i = 0; i < count; i++) {
      rates[i] = minRate + i * step;
    }
    return rates;
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    List<ConfigProblem> problems = new ArrayList<>();
    NonNegativeRange.validate(path, "min_rate", minRate, "max_rate", maxRate, problems);
    if (step <= 0) {
      problems.add(new ConfigProblem(path + ".step", "must be > 0, got " + step));
    }
    return problems;
  }
}
