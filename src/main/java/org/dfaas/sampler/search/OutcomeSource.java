package org.dfaas.sampler.search;

import org.dfaas.sampler.plan.Configuration;

/**
 * Where outcomes come from when nothing is run: an assumed capacity, a recorded campaign. Drives a
 * strategy to its end with {@link #drive(SearchStrategy)}.
 */
@FunctionalInterface
public interface OutcomeSource {

  /**
   * The outcome of measuring {@code configuration}.
   *
   * @throws org.dfaas.sampler.SamplerException when this source cannot tell
   */
  Outcome measure(Configuration configuration);

  /** Proposes, measures and records until {@code strategy} is finished; its tally. */
  default SearchTally drive(SearchStrategy strategy) {
    while (!strategy.finished()) {
      java.util.List<Configuration> batch = strategy.propose(1);
      if (batch.isEmpty() && !strategy.finished()) {
        throw new IllegalStateException("the strategy awaits nothing and proposes nothing");
      }
      for (Configuration configuration : batch) {
        strategy.record(configuration, measure(configuration));
      }
    }
    return strategy.tally();
  }
}
