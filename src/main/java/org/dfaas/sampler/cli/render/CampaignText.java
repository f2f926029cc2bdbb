package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dfaas.sampler.TimeFormat;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.runtime.CampaignResult;
import org.dfaas.sampler.runtime.RecordedOutcomes;
import org.dfaas.sampler.search.SearchTally;

/** The summary {@code run} prints when a campaign ends. */
public final class CampaignText implements ResultFormat<CampaignResult> {

  private final Path workDir;
  private final String program;
  private final String resumeCommand;

  /**
   * @param workDir the folder the command was started in: the closing {@code next:} command names
   *     the output folder relative to it
   * @param program the tool's command as the user typed it ({@link CommandWord#program})
   * @param resumeCommand the command that resumes this campaign, shown when it stopped before its
   *     end; {@code null} not to show one
   */
  public CampaignText(Path workDir, String program, String resumeCommand) {
    this.workDir = workDir;
    this.program = program;
    this.resumeCommand = resumeCommand;
  }

  @Override
  public void write(CampaignResult result, PrintWriter out) {
    CampaignOutcome outcome = result.outcome();
    RecordedOutcomes folder = result.folder();
    String runId = result.identity().runId();
    out.println();
    out.println(
        outcome.stopReason() == null
            ? "Campaign " + runId + " finished."
            : "Campaign " + runId + " stopped: " + outcome.stopReason());
    if (outcome.stopHint() != null) {
      out.println("hint: " + CommandWord.asTyped(outcome.stopHint(), program));
    }
    out.printf(Locale.ROOT, "  %-18s %14s   %s%n", "", "this session", "whole folder");
    out.printf(
        Locale.ROOT,
        "  %-18s %14s   %,d in the plan%n",
        "configurations",
        "",
        outcome.configurations());
    out.printf(
        Locale.ROOT, "  %-18s %,14d   %,d done%n", "run", outcome.ran(), result.folderDone());
    out.printf(
        Locale.ROOT,
        "  %-18s %,14d   %,d%n",
        "overloaded",
        outcome.overloaded(),
        folder.overloaded().size());
    out.printf(
        Locale.ROOT,
        "  %-18s %,14d   %,d not done (failures.csv; run tries them again)%n",
        "failed",
        outcome.failed(),
        folder.failedNotDone());
    out.printf(
        Locale.ROOT,
        "  %-18s %,14d   dominated by an overloaded one%n",
        "skipped",
        outcome.skippedDominated());
    out.printf(Locale.ROOT, "  %-18s %,14d   done before%n", "", outcome.skippedIndexed());
    if (outcome.searchInfers()) {
      frontierCounts(outcome, out);
    }
    if (!result.overloadReasons().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "  %-18s %s (overloaded iterations of this session)%n",
          "overload reasons",
          result.overloadReasons().entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue())
              .collect(Collectors.joining(", ")));
    }
    out.printf(
        Locale.ROOT, "  %-18s %s%n", "elapsed", TimeFormat.duration(outcome.elapsed().toSeconds()));
    out.printf(Locale.ROOT, "  %-18s %s%n", "output", outcome.outputDir());
    out.printf(Locale.ROOT, "  %-18s %s%n", "log", result.logFile());
    if (!result.warnings().isEmpty()) {
      out.printf(
          Locale.ROOT, "  %-18s %d (also in the log)%n", "warnings", result.warnings().size());
      result.warnings().forEach(warning -> out.println("    " + warning));
    }
    if (outcome.stopReason() != null && resumeCommand != null) {
      out.println("resume: " + resumeCommand);
    }
    out.println("next: " + program + " report " + CommandWord.path(outcome.outputDir(), workDir));
  }

  /** The frontier search's counts: what was measured, what inferred, and how they disagreed. */
  private static void frontierCounts(CampaignOutcome outcome, PrintWriter out) {
    SearchTally search = outcome.search();
    out.printf(
        Locale.ROOT,
        "  %-18s %,14d   in %,d k6 runs (frontier search)%n",
        "measured",
        search.measured(),
        search.k6Runs());
    out.printf(
        Locale.ROOT,
        "  %-18s %,14d   overloaded (the skipped above), %,d not overloaded%n",
        "inferred",
        search.inferredOverloaded(),
        search.inferredOk());
    out.printf(
        Locale.ROOT,
        "  %-18s %,14d   of %,d (frontier.csv)%n",
        "classified",
        search.classified(),
        outcome.configurations());
    out.printf(Locale.ROOT, "  %-18s %,14d%n", "contradictions", search.contradictions());
  }
}
