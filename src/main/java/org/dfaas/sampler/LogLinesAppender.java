package org.dfaas.sampler;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import org.slf4j.LoggerFactory;

/**
 * The logging backend's end of {@link LogLines}: declared in {@code logback.xml} on the root
 * logger, it turns each event into a {@link LogLine} for the listeners, its stack trace written as
 * the terminal's lines write it.
 *
 * <p>Thread-safe: any thread may log.
 */
public final class LogLinesAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

  @Override
  protected void append(ILoggingEvent event) {
    if (LogLines.heard()) {
      LogLines.publish(line(event));
    }
  }

  /**
   * A line logged by no logger, as it would read had it been: for a failure that only a file shows.
   */
  public static LogLine unlogged(
      Class<?> origin, org.slf4j.event.Level level, String message, Throwable thrown) {
    Logger logger = (Logger) LoggerFactory.getLogger(origin);
    return line(
        new LoggingEvent(
            Logger.FQCN,
            logger,
            Level.fromLocationAwareLoggerInteger(level.toInt()),
            message,
            thrown,
            null));
  }

  private static LogLine line(ILoggingEvent event) {
    String target = event.getMDCPropertyMap().get(LogTarget.MDC_KEY);
    return new LogLine(
        event.getTimeStamp(),
        org.slf4j.event.Level.intToLevel(Level.toLocationAwareLoggerInteger(event.getLevel())),
        target == null ? "" : target,
        event.getLoggerName(),
        event.getFormattedMessage(),
        event.getThrowableProxy() == null ? "" : StackTraces.CONVERTER.convert(event));
  }

  /** One converter for every line: it keeps no state between lines. */
  private static final class StackTraces {
    static final ThrowableProxyConverter CONVERTER = started();

    private static ThrowableProxyConverter started() {
      ThrowableProxyConverter converter = new ThrowableProxyConverter();
      converter.start();
      return converter;
    }
  }
}
