package org.dfaas.sampler;

import java.util.concurrent.ThreadFactory;
import org.slf4j.MDC;

/**
 * Which target of a pool or a fleet a log line comes from: {@code "[name] "} in the MDC under
 * {@link #MDC_KEY}, which heads the line ({@code %X{target}} in {@code logback.xml} and in a pool's
 * {@code campaign.log}). Lines of a single-target campaign carry none. The MDC is per thread, and a
 * thread does not inherit it: the threads a target's work starts (k6's output pumps, SFTP steps, a
 * sandbox's workers) take it over through {@link #carried} or {@link #daemonThreads}.
 */
public final class LogTarget {

  /** The MDC key of the target's {@code "[name] "}. */
  public static final String MDC_KEY = "target";

  private LogTarget() {}

  /** Heads the calling thread's lines with {@code [name] } until the scope is closed. */
  public static Scope of(String name) {
    String before = MDC.get(MDC_KEY);
    MDC.put(MDC_KEY, "[" + name + "] ");
    return () -> restore(before);
  }

  /** {@code task}, logging under the target of the thread calling this (if any). */
  public static Runnable carried(Runnable task) {
    return under(MDC.get(MDC_KEY), task);
  }

  /**
   * Daemon threads named {@code name} whose lines carry the target of the thread calling this,
   * whichever thread later asks for a thread (an HTTP server's dispatcher, say).
   */
  public static ThreadFactory daemonThreads(String name) {
    String target = MDC.get(MDC_KEY);
    return runnable -> {
      Thread thread = new Thread(under(target, runnable), name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** {@code task} under {@code target} (a {@code "[name] "}, or {@code null} for none). */
  private static Runnable under(String target, Runnable task) {
    if (target == null) {
      return task;
    }
    return () -> {
      String before = MDC.get(MDC_KEY);
      MDC.put(MDC_KEY, target);
      try {
        task.run();
      } finally {
        restore(before);
      }
    };
  }

  private static void restore(String before) {
    if (before == null) {
      MDC.remove(MDC_KEY);
    } else {
      MDC.put(MDC_KEY, before);
    }
  }

  /** Ends what {@link #of} began; closing never fails. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
