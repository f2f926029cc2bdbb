package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.util.Locale;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.runtime.CampaignResult;

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
    out.printf(Locale.ROOT, "  run             %,d%n", outcome.ran());
    out.printf(
        Locale.ROOT,
        "  skipped         %,d dominated by an overloaded one, %,d already done%n",
        outcome.skippedDominated(),
        outcome.skippedIndexed());
    out.printf(Locale.ROOT, "  failed          %,d (listed in skipped.csv)%n", outcome.failed());
    out.printf(Locale.ROOT, "  overloaded      %,d%n", outcome.overloaded());
    out.printf(Locale.ROOT, "  elapsed         %s%n", Durations.of(outcome.elapsed().toSeconds()));
    out.printf(Locale.ROOT, "  output          %s%n", outcome.outputDir());
  }
}
