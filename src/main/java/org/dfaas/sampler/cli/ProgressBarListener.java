package org.dfaas.sampler.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.io.PrintStream;
import java.time.Clock;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.dfaas.sampler.TimeFormat;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.campaign.IterationSummary;
import org.dfaas.sampler.campaign.PlanPosition;
import org.dfaas.sampler.campaign.SkipReason;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.PlanEstimate;
import org.slf4j.LoggerFactory;

/**
 * A progress bar on the terminal over the configurations that will run in this session, with
 * labelled fields: the configuration and iteration running now, an ETA over what is left to run,
 * and how many were dominated, done before, failed and overloaded. For a pool, one entry per target
 * instead of the configuration: what it runs, or why it is idle, retrying or dropped.
 */
final class ProgressBarListener implements CampaignListener, AutoCloseable {

  private final PrintStream terminal;
  private final ProgressTally tally;
  private final Runnable restoreLogLines;
  private ProgressBar bar;
  private final java.util.Map<String, String> targets = new java.util.TreeMap<>();

  /**
   * @param estimate the plan's estimate for the output folder (what is done, dominated, to run)
   */
  ProgressBarListener(PrintStream terminal, PlanEstimate estimate, int iterations) {
    this.terminal = terminal;
    this.tally =
        new ProgressTally(estimate.toRun(), estimate.dominated(), iterations, Clock.systemUTC());
    this.restoreLogLines = clearProgressLineBeforeLogLines();
  }

  /**
   * Clears the terminal line before each console log line, so a line logged while the progress bar
   * is drawn replaces the bar instead of running into it; the bar redraws itself below. Returns
   * what puts the console's own pattern back.
   */
  private static Runnable clearProgressLineBeforeLogLines() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (root.getAppender("STDERR") instanceof ConsoleAppender<ILoggingEvent> console) {
      Encoder<ILoggingEvent> previous = console.getEncoder();
      PatternLayoutEncoder encoder = new PatternLayoutEncoder();
      encoder.setContext(context);
      encoder.setPattern("\r\u001b[2K%d{" + TimeFormat.CLOCK_PATTERN + "} %-5level %msg%n");
      encoder.start();
      console.setEncoder(encoder);
      return () -> console.setEncoder(previous);
    }
    return () -> {};
  }

  @Override
  public void campaignStarted(long configurations, int iterations) {
    bar =
        new ProgressBarBuilder()
            .setTaskName("to run")
            .setInitialMax(Math.max(1, tally.toRun()))
            .setRenderer(new ProgressLine())
            .setUpdateIntervalMillis(500)
            .setMaxRenderedLength(160)
            .setConsumer(new ConsoleProgressBarConsumer(terminal))
            .continuousUpdate()
            .build();
  }

  @Override
  public void configurationSkipped(
      PlanPosition position, Configuration configuration, SkipReason reason) {
    // Inferred not overloaded: as a dominated one, settled without running.
    if (reason != SkipReason.ALREADY_INDEXED) {
      tally.dominated();
      bar.maxHint(Math.max(1, tally.toRun()));
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

  /** A pool's target: its status joins the bar's fields, one short entry per target. */
  @Override
  public void targetChanged(String target, String status) {
    targets.put(target, status.length() > 40 ? status.substring(0, 39) + "…" : status);
    if (bar != null) {
      show(targets.size() == 1 ? status : "");
    }
  }

  @Override
  public void campaignFinished(CampaignOutcome outcome) {
    close();
  }

  private void show(String now) {
    bar.stepTo(tally.ran());
    // The counts first: a narrow terminal cuts the line, and the ETA matters more than the name.
    if (targets.size() > 1) {
      StringBuilder pool = new StringBuilder();
      targets.forEach(
          (name, status) -> pool.append(" | ").append(name).append(": ").append(status));
      bar.setExtraMessage(tally.fields() + pool);
    } else {
      bar.setExtraMessage(tally.fields() + " | " + now);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
    restoreLogLines.run();
  }
}
