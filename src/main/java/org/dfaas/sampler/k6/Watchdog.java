package org.dfaas.sampler.k6;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closes a resource when a step on it outlasts its limit, for blocking calls that take no timeout
 * of their own (MINA's SFTP reads and writes): closing makes the blocked call fail at once. Close
 * the watchdog when the step is done. Thread-safe.
 */
final class Watchdog implements AutoCloseable {

  /** What the watchdog closes. */
  interface Target {
    void close() throws IOException;
  }

  private final ScheduledFuture<?> alarm;
  private final AtomicBoolean fired = new AtomicBoolean();

  private Watchdog(ScheduledExecutorService timer, Duration limit, Target target) {
    this.alarm =
        timer.schedule(
            () -> {
              fired.set(true);
              try {
                target.close();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException("closing a step past its limit", e);
              }
            },
            limit.toMillis(),
            TimeUnit.MILLISECONDS);
  }

  static Watchdog arm(ScheduledExecutorService timer, Duration limit, Target target) {
    return new Watchdog(timer, limit, target);
  }

  /** Whether the limit passed and the target was closed. */
  boolean fired() {
    return fired.get();
  }

  @Override
  public void close() {
    alarm.cancel(false);
  }
}
