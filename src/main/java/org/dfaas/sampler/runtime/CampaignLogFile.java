package org.dfaas.sampler.runtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Where a campaign's log goes besides the terminal: {@code campaign.log} in its output folder,
 * every line at INFO and above, appended across resumes.
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
    root().detachAppender(appender);
    appender.stop();
  }
}
