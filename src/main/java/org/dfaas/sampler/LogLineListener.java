package org.dfaas.sampler;

/**
 * Hears each line logged while it is registered with {@link LogLines#listen}.
 *
 * <p>Called on the thread that logged, by many threads at once: implementations are thread-safe,
 * return quickly, throw nothing and log nothing (a line they log is not handed back to them).
 */
@FunctionalInterface
public interface LogLineListener {

  /** Takes one line. */
  void line(LogLine line);
}
