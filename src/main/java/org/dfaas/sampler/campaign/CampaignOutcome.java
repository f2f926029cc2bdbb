package org.dfaas.sampler.campaign;

import java.nio.file.Path;
import java.time.Duration;
import org.dfaas.sampler.search.SearchTally;

/**
 * How a campaign ended.
 *
 * @param configurations the plan's size
 * @param ran configurations run to the end in this run
 * @param skippedDominated skipped as dominated by an overloaded configuration
 * @param skippedIndexed skipped as already in the index
 * @param failed configurations that failed and were recorded in skipped.csv
 * @param overloaded configurations found overloaded in this run
 * @param elapsed wall time of this run
 * @param outputDir where the results are
 * @param stopReason why the campaign stopped before the end, or {@code null} when it did not
 * @param stopExitCode the exit code a stop asks for: 2 when bad input was found mid-campaign (an
 *     output folder entry that is not a regular file), else 1; unused when it did not stop
 * @param interrupted whether it stopped because it was interrupted (Ctrl-C, SIGTERM)
 * @param searchInfers whether the search classified configurations it did not measure (frontier):
 *     its counts in {@code search} tell what it measured and what it inferred
 * @param inferredOk skipped as inferred not overloaded (frontier mode)
 * @param search what the search measured (this run and, replayed, earlier ones) and inferred
 * @param stopHint what to do about the failure that stopped the campaign, or {@code null}
 */
public record CampaignOutcome(
    long configurations,
    long ran,
    long skippedDominated,
    long skippedIndexed,
    long failed,
    long overloaded,
    Duration elapsed,
    Path outputDir,
    String stopReason,
    int stopExitCode,
    boolean interrupted,
    boolean searchInfers,
    long inferredOk,
    SearchTally search,
    String stopHint) {

  /** Whether every configuration ran or was skipped by rule. */
  public boolean complete() {
    return failed == 0 && stopReason == null;
  }
}
