package org.dfaas.sampler;

import java.time.Duration;

/**
 * Waits a while. Every wait of the tool (Prometheus polls, cooldown steps) goes through this seam,
 * so tests pair it with a fake clock and never wait for real.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

  /** The real wait, {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits {@code duration}.
   *
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
