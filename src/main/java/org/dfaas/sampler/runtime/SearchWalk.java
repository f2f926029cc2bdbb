package org.dfaas.sampler.runtime;

import java.util.OptionalDouble;
import org.dfaas.sampler.NonNull;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.search.SearchTally;

/**
 * A run of the config's search against assumed or recorded outcomes, without running anything: what
 * it would measure and infer.
 *
 * @param search the search that ran (its mode and iteration policy)
 * @param configurations how many configurations the plan has
 * @param tally what the search measured and inferred
 * @param agreement against a recording, the share of configurations classified as recorded; empty
 *     against an assumed capacity
 * @param inFlight how many configurations were measured at once
 * @param wallRuns the wall time in k6 runs with {@code inFlight} at once
 */
public record SearchWalk(
    SearchSettings search,
    long configurations,
    SearchTally tally,
    OptionalDouble agreement,
    int inFlight,
    long wallRuns) {

  public SearchWalk {
    NonNull.all("search tally agreement", search, tally, agreement);
  }
}
