package org.dfaas.sampler.search;

import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.RatePair;

/** Builds the strategy a config's {@code search.mode} names, and the assumed-capacity outcomes. */
public final class Searches {

  private Searches() {}

  /** The strategy of {@code settings.mode()} over {@code plan}. */
  public static SearchStrategy create(
      Plan plan, SearchSettings settings, ClassificationListener listener) {
    return switch (settings.mode()) {
      case GRID -> new GridSearch(plan, listener);
      case FRONTIER -> new FrontierSearch(plan, settings, listener);
    };
  }

  /** How a campaign treats what the strategy of {@code settings.mode()} chose. */
  public static SearchRules rules(SearchSettings settings) {
    return switch (settings.mode()) {
      case GRID -> SearchRules.GRID;
      case FRONTIER -> SearchRules.FRONTIER;
    };
  }

  /**
   * The deterministic node of {@code plan --assume-capacity}: a configuration is overloaded exactly
   * when the sum of its rates exceeds {@code capacityRps} (never, when it is empty). Its first
   * iteration is near a threshold when that sum lies within the margin of the capacity, so adaptive
   * iterations repeat exactly those.
   */
  public static OutcomeSource assumedCapacity(
      java.util.OptionalLong capacityRps, IterationPolicy policy, double margin) {
    return configuration -> {
      long sum = configuration.pairs().stream().mapToLong(RatePair::rate).sum();
      if (capacityRps.isEmpty()) {
        return new Outcome(false, runs(policy, false));
      }
      long capacity = capacityRps.getAsLong();
      boolean near = Math.abs(sum - capacity) <= margin * capacity;
      return new Outcome(sum > capacity, runs(policy, near));
    };
  }

  private static int runs(IterationPolicy policy, boolean near) {
    int run = 0;
    while (policy.wantsAnother(run, near)) {
      run++;
    }
    return run;
  }

  /** {@code a=10,b=20}: the pairs as {@code plan --list} prints them. */
  public static String pairs(Configuration configuration) {
    StringBuilder text = new StringBuilder();
    for (RatePair pair : configuration.pairs()) {
      if (!text.isEmpty()) {
        text.append(',');
      }
      text.append(pair.function()).append('=').append(pair.rate());
    }
    return text.toString();
  }
}
