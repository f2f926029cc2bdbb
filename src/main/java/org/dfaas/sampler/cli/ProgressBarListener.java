package org.dfaas.sampler.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.campaign.IterationSummary;
import org.dfaas.sampler.campaign.PlanPosition;
import org.dfaas.sampler.campaign.SkipReason;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.plan.PlanEstimate;
import org.dfaas.sampler.runtime.ResolvedTarget;
import org.dfaas.sampler.runtime.RunPlan;
import org.dfaas.sampler.runtime.SamplerRuntime;

/**
 * A progress bar on the terminal over the configurations that will run in this session, with
 * labelled fields: an ETA over what is left to run, and how many were dominated, done before,
 * failed and overloaded. A single target's bar also names the configuration and iteration running
 * now; with several targets (a pool or a fleet) each target has a status line of its own under the
 * bar instead: what it runs, or why it is idle, retrying or dropped ({@link StatusBoard}).
 *
 * <p>One thread at a time: a pool or a fleet calls it through one lock.
 */
final class ProgressBarListener implements CampaignListener, AutoCloseable {

  private final ProgressTally tally;
  private final StatusBoard board;
  private final boolean severalTargets;
  private final Runnable restoreLogLines;
  private ProgressBar bar;

  /**
   * @param estimate the plan's estimate for the output folder (what is done, dominated, to run)
   */
  ProgressBarListener(PrintStream terminal, PlanEstimate estimate, int iterations) {
    this(terminal, estimate.toRun(), estimate.dominated(), iterations, List.of());
  }

  /**
   * @param toRun the configurations the plan estimates will run, every target's together
   * @param dominated the configurations the estimate already counts as dominated
   * @param targets the targets with a status line each; none for a single target
   */
  ProgressBarListener(
      PrintStream terminal, long toRun, long dominated, int iterations, List<String> targets) {
    this(
        new StatusBoard(
            terminal,
            // The library's consumer measures the terminal (through jline), less its margin.
            new ConsoleProgressBarConsumer(terminal)::getMaxRenderedLength,
            targets),
        new ProgressTally(toRun, dominated, iterations, Clock.systemUTC()),
        !targets.isEmpty());
  }

  ProgressBarListener(StatusBoard board, ProgressTally tally, boolean severalTargets) {
    this.board = board;
    this.tally = tally;
    this.severalTargets = severalTargets;
    this.restoreLogLines = LogLinesAboveBoard.install(board);
  }

  @Override
  public void campaignStarted(long configurations, int iterations) {
    if (bar != null) {
      return; // a fleet's targets each start their campaign: one bar for them all
    }
    bar =
        new ProgressBarBuilder()
            .setTaskName("to run")
            .setInitialMax(Math.max(1, tally.toRun()))
            .setRenderer(new ProgressLine())
            .setUpdateIntervalMillis(500)
            .setConsumer(board)
            .continuousUpdate()
            .build();
  }

  @Override
  public void configurationSkipped(
      PlanPosition position, Configuration configuration, SkipReason reason) {
    // Inferred not overloaded: as a dominated one, settled without running.
    if (reason != SkipReason.ALREADY_INDEXED) {
      tally.dominated();
      if (bar != null) {
        bar.maxHint(Math.max(1, tally.toRun()));
      }
    } else {
      tally.doneBefore();
    }
    show("skipped " + configuration.describe());
  }

  @Override
  public void iterationStarted(PlanPosition position, Configuration configuration, int iteration) {
    show("iter " + iteration + "/" + position.iterations() + " " + configuration.describe());
  }

  @Override
  public void iterationMeasured(
      PlanPosition position, Configuration configuration, int iteration, IterationSummary summary) {
    tally.iterationMeasured();
  }

  @Override
  public void configurationFailed(
      PlanPosition position, Configuration configuration, Exception cause) {
    tally.failed();
    show("failed " + configuration.describe());
  }

  @Override
  public void configurationFinished(
      PlanPosition position, Configuration configuration, boolean isOverloaded) {
    tally.finished(isOverloaded);
    show("done " + configuration.describe());
  }

  /** A target of a pool or a fleet: its status line. */
  @Override
  public void targetChanged(String target, String status) {
    board.status(target, status);
  }

  /**
   * The bar stays until {@link #close()}: a fleet's targets each finish their campaign. Its last
   * frame says how the campaign ended: a stopped one did not finish.
   */
  @Override
  public void campaignFinished(CampaignOutcome outcome) {
    if (outcome != null && outcome.interrupted()) {
      show("interrupted");
    } else if (outcome != null && outcome.stopReason() != null) {
      show("stopped");
    } else {
      show("finished");
    }
  }

  private void show(String now) {
    if (bar == null) {
      return;
    }
    bar.stepTo(tally.ran());
    // The counts first: a narrow terminal cuts the line, and the ETA matters more than the name.
    bar.setExtraMessage(severalTargets ? tally.fields() : tally.fields() + " | " + now);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
    // The library leaves its consumer open when it closes before its first tick.
    board.close();
    restoreLogLines.run();
  }

  /** One bar over what will run (every folder of a fleet: they run at once); a line per target. */
  static ProgressBarListener of(PrintStream terminal, SamplerRuntime runtime, Path folder) {
    SamplerConfig config = runtime.config();
    List<String> names =
        config.targets().isEmpty()
            ? List.of()
            : runtime.targets().stream().map(ResolvedTarget::name).toList();
    RunPlan plan = runtime.plan(folder, OptionalLong.empty(), EstimateListener.NONE);
    return new ProgressBarListener(
        terminal, plan.toRun(), plan.dominated(), config.iterations(), names);
  }
}
