package org.dfaas.sampler.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Where a campaign's log goes besides the terminal: {@code campaign.log} in its output folder,
 * every line at INFO and above, appended across resumes. Also keeps log lines clear of the progress
 * bar.
 */
final class CampaignLogFile implements AutoCloseable {

  static final String FILE_NAME = "campaign.log";
  private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %msg%n";

  private final FileAppender<ILoggingEvent> appender;

  private CampaignLogFile(FileAppender<ILoggingEvent> appender) {
    this.appender = appender;
  }

  /** The log file. */
  Path path() {
    return Path.of(appender.getFile());
  }

  /** Starts appending every log line to {@code folder/campaign.log}. */
  static CampaignLogFile open(Path folder) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName(FILE_NAME);
    appender.setFile(folder.resolve(FILE_NAME).toString());
    appender.setAppend(true);
    appender.setEncoder(encoder);
    appender.start();
    root().addAppender(appender);
    return new CampaignLogFile(appender);
  }

  /**
   * Clears the terminal line before each console log line, so a line logged while the progress bar
   * is drawn replaces the bar instead of running into it; the bar redraws itself below.
   */
  static void clearProgressLineBeforeLogLines() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    if (root().getAppender("STDERR") instanceof ConsoleAppender<ILoggingEvent> console) {
      PatternLayoutEncoder encoder = new PatternLayoutEncoder();
      encoder.setContext(context);
      encoder.setPattern("\r\u001b[2K%d{HH:mm:ss.SSS} %-5level %msg%n");
      encoder.start();
      console.setEncoder(encoder);
    }
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  @Override
  public void close() {
    root().detachAppender(appender);
    appender.stop();
  }
}
