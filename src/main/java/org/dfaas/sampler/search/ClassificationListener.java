package org.dfaas.sampler.search;

import org.dfaas.sampler.plan.Configuration;

/**
 * Receives the classification of every configuration of the plan, in plan order, as a search
 * settles it: the campaign logs skips and writes {@code skipped.csv} from it, {@code plan --list}
 * prints it. Called on the thread that calls the strategy.
 */
@FunctionalInterface
public interface ClassificationListener {

  /** A listener that ignores everything; a search builds no {@link Classification} for it. */
  ClassificationListener NONE = (ordinal, classification) -> {};

  /**
   * One configuration, settled.
   *
   * @param ordinal its 1-based position in the plan
   * @param classification what the search concluded about it
   */
  void classified(long ordinal, Classification classification);

  /**
   * A measurement contradicts monotonicity: {@code overloaded} was measured overloaded, yet {@code
   * dominating}, measured not overloaded, dominates it. Each measured configuration keeps its
   * class; what both imply counts as overloaded. Told once per contradiction, with the search's
   * count so far; by default logged as a warning.
   *
   * @param ordinal the 1-based plan position of {@code overloaded}
   * @param contradictions how many the search has met so far, this one included
   */
  default void contradiction(
      long ordinal, Configuration overloaded, Configuration dominating, long contradictions) {
    Contradictions.log(overloaded, dominating, contradictions);
  }
}
