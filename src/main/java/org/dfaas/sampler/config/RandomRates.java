package org.dfaas.sampler.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * {@code count} distinct integers drawn from {@code [minRate, maxRate]}, sorted; the whole range
 * when {@code count} covers it.
 *
 * <p>The draw uses {@link java.util.Random}, whose algorithm the JDK specifies exactly, with Robert
 * Floyd's sampling; so one seed gives the same rates on every run and every JVM.
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
    Random random = new Random(seed);
    Set<Long> chosen = new HashSet<>();
    for (long j = rangeSize - count; j < rangeSize; j++) {
      long candidate = draw(random, j + 1);
      chosen.add(chosen.contains(candidate) ? j : candidate);
    }
    return chosen.stream().mapToInt(offset -> (int) (minRate + offset)).sorted().toArray();
  }

  /**
   * A uniform draw from {@code [0, bound)}. The range 0..{@link Integer#MAX_VALUE} holds 2^31
   * rates, one more than {@link Random#nextInt(int)} accepts as a bound; 31 uniform bits cover it
   * exactly, and every smaller bound keeps the draw earlier versions made.
   */
  private static long draw(Random random, long bound) {
    return bound > Integer.MAX_VALUE ? random.nextInt() >>> 1 : random.nextInt((int) bound);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    List<ConfigProblem> problems = new ArrayList<>();
    RateRange.validate(path, minRate, maxRate, problems);
    if (count < 1) {
      problems.add(new ConfigProblem(path + ".count", "must be ≥ 1, got " + count));
    }
    return problems;
  }
}
