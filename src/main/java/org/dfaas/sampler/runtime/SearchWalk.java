package org.dfaas.sampler.runtime;

import java.util.OptionalDouble;
import org.dfaas.sampler.NonNull;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.replay.ReplayCores;
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
 * @param unknown against a recording with gaps allowed, how many configurations it does not settle
 *     (listed {@code unknown}, in none of the tally's counts); 0 otherwise
 * @param cores against a recording, the core count CPU is judged on in "near a threshold", or why
 *     CPU is left out; {@code null} against an assumed capacity
 */
public record SearchWalk(
    SearchSettings search,
    long configurations,
    SearchTally tally,
    OptionalDouble agreement,
    int inFlight,
    long wallRuns,
    long unknown,
    ReplayCores cores) {

  public SearchWalk {
    NonNull.all("search tally agreement", search, tally, agreement);
  }
}
