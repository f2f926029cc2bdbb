package org.dfaas.sampler.search;

/**
 * How a campaign treats what its search chose, beyond the configurations it proposes: decided with
 * the strategy ({@link Searches#rules}), so that the campaign and what shows it ask the search, not
 * its mode.
 *
 * @param retriesFailures a configuration that failed in an earlier run is run again on resume (the
 *     grid, as the old tool); else its failure is final for the campaign, so that a resumed search
 *     rebuilds the state of an uninterrupted one
 * @param infers it classifies configurations it did not measure: the campaign writes every class to
 *     {@code frontier.csv}, and its summary counts what was measured and what inferred
 * @param finishesStartedFirst a resumed pool first finishes what an earlier run started and left
 *     unfinished: a resumed search that proposes with outcomes the killed run did not have yet may
 *     infer such a configuration instead of asking for it, which would leave it with some of its
 *     iterations; the grid asks for everything it started again
 */
public record SearchRules(boolean retriesFailures, boolean infers, boolean finishesStartedFirst) {

  /** The grid's: the old tool's outputs and resume. */
  static final SearchRules GRID = new SearchRules(true, false, false);

  /** The frontier's. */
  static final SearchRules FRONTIER = new SearchRules(false, true, true);
}
