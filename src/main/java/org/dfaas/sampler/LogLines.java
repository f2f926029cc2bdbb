package org.dfaas.sampler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where the tool's log lines go besides the terminal: to the listeners registered here (a
 * campaign's {@code campaign.log}, its Loki pushes). The logging backend hands every line over
 * through the appender {@link LogLinesAppender}, declared once in {@code logback.xml}; the backend
 * is never reconfigured while the tool runs.
 *
 * <p>Thread-safe.
 */
public final class LogLines {

  private static final List<LogLineListener> LISTENERS = new CopyOnWriteArrayList<>();

  private LogLines() {}

  /** Hands {@code listener} every line logged from now on, until the registration is closed. */
  public static Registration listen(LogLineListener listener) {
    LISTENERS.add(listener);
    return () -> LISTENERS.remove(listener);
  }

  /** Whether anything listens, so that the backend makes no line nobody takes. */
  static boolean heard() {
    return !LISTENERS.isEmpty();
  }

  /** Hands {@code line} to every listener, on the calling thread. */
  static void publish(LogLine line) {
    for (LogLineListener listener : LISTENERS) {
      listener.line(line);
    }
  }

  /** Ends what {@link #listen} began; closing never fails. */
  @FunctionalInterface
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}
