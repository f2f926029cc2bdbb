package org.dfaas.sampler.search;

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
}
