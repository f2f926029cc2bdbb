package org.dfaas.sampler.search;

import java.util.List;
import org.dfaas.sampler.plan.Configuration;

/**
 * Which configurations of a plan to measure next, and what each outcome implies for the others. The
 * campaign loop (or {@code plan}'s replay) asks {@link #propose(int)}, measures what it gets, hands
 * every outcome back with {@link #record}, and stops when {@link #finished()}. Each configuration
 * is classified, in plan order, through the {@link ClassificationListener} the strategy was made
 * with.
 *
 * <p>A strategy is deterministic: the same outcomes, recorded in the same order, give the same
 * proposals, so a resumed campaign that records its results again makes the same choices. Not
 * thread-safe: one thread drives it.
 */
public interface SearchStrategy {

  /**
   * The next configurations to measure: at most {@code max}, never one proposed before, and
   * independent of each other and of those still awaiting an outcome (no outcome among them changes
   * whether another is needed). Empty while the outcomes that decide what comes next are awaited,
   * and once {@link #finished()}.
   *
   * @param max how many the caller can measure at once, ≥ 1
   */
  List<Configuration> propose(int max);

  /**
   * The outcome of a proposed configuration.
   *
   * @throws IllegalArgumentException when {@code configuration} is not awaiting an outcome
   */
  void record(Configuration configuration, Outcome outcome);

  /** Whether every configuration of the plan is classified: nothing is proposed any more. */
  boolean finished();

  /** What was measured and inferred so far. */
  SearchTally tally();
}
