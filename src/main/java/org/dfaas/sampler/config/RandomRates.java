package org.dfaas.sampler.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code count} distinct integers drawn from {@code [minRate, maxRate]}, sorted; the whole range
 * when {@code count} covers it.
 *
 * <p>The draw is exactly Python's {@code random.Random(seed).sample(range(min_rate, max_rate + 1),
 * count)}, sorted ({@link PythonRandom}), as the old tool's later versions draw it: one seed gives
 * the same rates on every run, every JVM, and in their campaigns.
 *
 * @param seed the seed; the loader draws one (and says which) when the config gives none
 * @param seedGiven whether the config gave the seed
 */
public record RandomRates(int minRate, int maxRate, int count, long seed, boolean seedGiven)
    implements RateStrategy {

  @Override
  public String type() {
    return "random";
  }

  @Override
  public int[] rates() {
    long rangeSize = (long) maxRate - minRate + 1;
    if (count >= rangeSize) {
      return new LinearRates(minRate, maxRate, 1).rates();
    }
    long[] drawn = new PythonRandom(seed).sampleRange(minRate, rangeSize, count);
    return Arrays.stream(drawn).mapToInt(rate -> (int) rate).sorted().toArray();
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    List<ConfigProblem> problems = new ArrayList<>();
    NonNegativeRange.validate(path, "min_rate", minRate, "max_rate", maxRate, problems);
    if (count < 1) {
      problems.add(new ConfigProblem(path + ".count", "must be ≥ 1, got " + count));
    }
    return problems;
  }
}
