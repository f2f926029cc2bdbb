package org.dfaas.sampler.runtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.TimeFormat;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.OutputFolderEntries;
import org.slf4j.LoggerFactory;

/**
 * Where a campaign's log goes besides the terminal: {@code campaign.log} in its output folder,
 * every line at INFO and above, appended across resumes.
 */
final class CampaignLogFile implements AutoCloseable {

  static final String FILE_NAME = ArtifactNames.CAMPAIGN_LOG;

  /**
   * A pool's targets share the file, so a line logged for one of them is headed by its {@code
   * [name] } (empty in a single-target campaign: the old tool's lines).
   */
  private static final String PATTERN =
      "%d{" + TimeFormat.TIMESTAMP_PATTERN + "} %-5level %X{" + LogTarget.MDC_KEY + "}%msg%n";

  /** A fleet's target has a file of its own, its lines as its single-target campaign's. */
  private static final String OWN_TARGET_PATTERN =
      "%d{" + TimeFormat.TIMESTAMP_PATTERN + "} %-5level %msg%n";

  /** At most this many distinct warnings are kept for the closing summary. */
  static final int KEPT_WARNINGS = 20;

  private final FileAppender<ILoggingEvent> appender;
  private final WarningCollector warnings;

  private CampaignLogFile(FileAppender<ILoggingEvent> appender, WarningCollector warnings) {
    this.appender = appender;
    this.warnings = warnings;
  }

  /**
   * The distinct warnings logged while the file was open, in order, at most {@link #KEPT_WARNINGS}.
   */
  List<String> warnings() {
    return warnings.kept();
  }

  /** The log file. */
  Path path() {
    return Path.of(appender.getFile());
  }

  /**
   * Starts appending every log line to {@code folder/campaign.log}: in a fleet, only the lines of
   * the calling thread's target, so that each target's log holds its own campaign alone; in a pool,
   * every target's, each headed by its name.
   */
  static CampaignLogFile open(Path folder) {
    // Before the appender opens anything there: it would append through a planted link.
    OutputFolderEntries.check(folder);
    TargetThreadGroup target = TargetThreadGroup.current();
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(target == null ? PATTERN : OWN_TARGET_PATTERN);
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName(FILE_NAME);
    appender.setFile(folder.resolve(FILE_NAME).toString());
    appender.setAppend(true);
    appender.setEncoder(encoder);
    WarningCollector warnings = new WarningCollector();
    if (target != null) {
      OwnTargetOnly filter = new OwnTargetOnly(target);
      appender.addFilter(filter);
      warnings.addFilter(filter);
    }
    appender.start();
    root().addAppender(appender);
    warnings.setContext(context);
    warnings.start();
    root().addAppender(warnings);
    return new CampaignLogFile(appender, warnings);
  }

  /**
   * Lets through the lines logged on one target's threads. Appenders are called on the thread that
   * logs, so the calling thread is the one that logged.
   */
  private static final class OwnTargetOnly extends Filter<ILoggingEvent> {

    private final TargetThreadGroup target;

    OwnTargetOnly(TargetThreadGroup target) {
      this.target = target;
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
      return TargetThreadGroup.current() == target ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
  }

  /** Keeps the distinct WARN and ERROR messages, for the closing summary. */
  private static final class WarningCollector extends AppenderBase<ILoggingEvent> {

    private final Set<String> kept = new LinkedHashSet<>();

    @Override
    protected void append(ILoggingEvent event) {
      if (event.getLevel().isGreaterOrEqual(Level.WARN) && kept.size() < KEPT_WARNINGS) {
        kept.add(event.getFormattedMessage());
      }
    }

    synchronized List<String> kept() {
      return List.copyOf(kept);
    }
  }

  /**
   * Writes a failure the tool did not expect, with its stack trace, to the file only: the terminal
   * shows a stack trace only with {@code --verbose}, but the log keeps what a bug report needs.
   */
  void recordBug(String message, Throwable bug) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger logger = context.getLogger(CampaignLogFile.class);
    appender.doAppend(
        new LoggingEvent(Logger.FQCN, logger, Level.ERROR, message, bug, new Object[0]));
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  @Override
  public void close() {
    root().detachAppender(warnings);
    warnings.stop();
    root().detachAppender(appender);
    appender.stop();
  }
}
