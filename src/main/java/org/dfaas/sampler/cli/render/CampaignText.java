package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.util.Locale;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.runtime.CampaignResult;
import org.dfaas.sampler.search.SearchTally;

/** The summary {@code run} prints when a campaign ends. */
public final class CampaignText implements ResultFormat<CampaignResult> {

  @Override
  public void write(CampaignResult result, PrintWriter out) {
    CampaignOutcome outcome = result.outcome();
    String runId = result.identity().runId();
    out.println();
    out.println(
        outcome.stopReason() == null
            ? "Campaign " + runId + " finished."
            : "Campaign " + runId + " stopped: " + outcome.stopReason());
    out.printf(Locale.ROOT, "  configurations  %,d in the plan%n", outcome.configurations());
    if (outcome.searchMode() == SearchSettings.Mode.FRONTIER) {
      frontierCounts(outcome, out);
    } else {
      out.printf(Locale.ROOT, "  run             %,d%n", outcome.ran());
      out.printf(
          Locale.ROOT,
          "  skipped         %,d dominated by an overloaded one, %,d already done%n",
          outcome.skippedDominated(),
          outcome.skippedIndexed());
    }
    out.printf(Locale.ROOT, "  failed          %,d (listed in skipped.csv)%n", outcome.failed());
    out.printf(Locale.ROOT, "  overloaded      %,d%n", outcome.overloaded());
    out.printf(Locale.ROOT, "  elapsed         %s%n", Durations.of(outcome.elapsed().toSeconds()));
    out.printf(Locale.ROOT, "  output          %s%n", outcome.outputDir());
  }

  /** The frontier search's counts: what was measured, what inferred, and how they disagreed. */
  private static void frontierCounts(CampaignOutcome outcome, PrintWriter out) {
    SearchTally search = outcome.search();
    out.printf(
        Locale.ROOT,
        "  measured        %,d (%,d run, %,d already done) in %,d k6 runs%n",
        search.measured(),
        outcome.ran(),
        outcome.skippedIndexed(),
        search.k6Runs());
    out.printf(
        Locale.ROOT,
        "  inferred        %,d overloaded (listed in skipped.csv), %,d not overloaded%n",
        search.inferredOverloaded(),
        search.inferredOk());
    out.printf(
        Locale.ROOT,
        "  classified      %,d of %,d (frontier.csv)%n",
        search.classified(),
        outcome.configurations());
    out.printf(Locale.ROOT, "  contradictions  %,d%n", search.contradictions());
  }
}
