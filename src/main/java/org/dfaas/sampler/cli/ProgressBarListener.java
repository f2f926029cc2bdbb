package org.dfaas.sampler.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.campaign.PlanPosition;
import org.dfaas.sampler.campaign.SkipReason;
import org.dfaas.sampler.plan.Configuration;
import org.slf4j.LoggerFactory;

/**
 * A progress bar on the terminal: configurations settled of the plan (run, skipped, inferred or
 * failed: in grid mode that is the plan position, in frontier mode the search settles them out of
 * order), ETA, the configuration and iteration running now, and how many were skipped, inferred,
 * failed and overloaded.
 */
final class ProgressBarListener implements CampaignListener, AutoCloseable {

  private final PrintStream terminal;
  private final Runnable restoreLogLines;
  private ProgressBar bar;
  private long settled;
  private long dominated;
  private long indexed;
  private long inferredOk;
  private long failed;
  private long overloaded;

  ProgressBarListener(PrintStream terminal) {
    this.terminal = terminal;
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
      encoder.setPattern("\r\u001b[2K%d{HH:mm:ss.SSS} %-5level %msg%n");
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
            .setTaskName("DFaaS")
            .setInitialMax(configurations)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setUpdateIntervalMillis(500)
            .setMaxRenderedLength(120)
            .setConsumer(new ConsoleProgressBarConsumer(terminal))
            .continuousUpdate()
            .build();
  }

  @Override
  public void configurationSkipped(
      PlanPosition position, Configuration configuration, SkipReason reason) {
    switch (reason) {
      case DOMINATED_BY_OVERLOAD -> dominated++;
      case INFERRED_OK -> inferredOk++;
      case ALREADY_INDEXED -> indexed++;
    }
    step("skipped " + configuration.describe());
  }

  @Override
  public void iterationStarted(PlanPosition position, Configuration configuration, int iteration) {
    bar.stepTo(settled);
    bar.setExtraMessage(
        message(
            "iter " + iteration + "/" + position.iterations() + " " + configuration.describe()));
  }

  @Override
  public void configurationFailed(
      PlanPosition position, Configuration configuration, Exception cause) {
    failed++;
    step("failed " + configuration.describe());
  }

  @Override
  public void configurationFinished(
      PlanPosition position, Configuration configuration, boolean isOverloaded) {
    overloaded += isOverloaded ? 1 : 0;
    step("done " + configuration.describe());
  }

  @Override
  public void campaignFinished(CampaignOutcome outcome) {
    close();
  }

  private void step(String what) {
    bar.stepTo(++settled);
    bar.setExtraMessage(message(what));
  }

  private String message(String now) {
    String inferred = inferredOk == 0 ? "" : ", inferred ok " + inferredOk;
    return String.format(
        java.util.Locale.ROOT,
        "%s | skipped %d+%d%s, failed %d, overloaded %d",
        now,
        dominated,
        indexed,
        inferred,
        failed,
        overloaded);
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
