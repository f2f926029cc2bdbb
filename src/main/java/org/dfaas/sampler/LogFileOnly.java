package org.dfaas.sampler;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * Keeps the lines logged with {@link #MARKER} off the terminal: lines that {@code campaign.log}
 * holds for the old tool's sake but that would only repeat on a screen (a skipped configuration's
 * line for each of its iterations, compat §4). Registered on the console appender in {@code
 * logback.xml}.
 */
public final class LogFileOnly extends Filter<ILoggingEvent> {

  /** Marks a line for the log file, not the terminal. */
  public static final Marker MARKER = MarkerFactory.getMarker("LOG_FILE_ONLY");

  @Override
  public FilterReply decide(ILoggingEvent event) {
    return event.getMarkerList() != null && event.getMarkerList().contains(MARKER)
        ? FilterReply.DENY
        : FilterReply.NEUTRAL;
  }
}
