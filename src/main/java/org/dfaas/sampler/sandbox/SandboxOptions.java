package org.dfaas.sampler.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How the sandbox platform behaves: the per-replica in-flight limit, the rate one replica takes
 * before another is added, the scale-down delay, the server's thread count and its clock.
 * Immutable.
 *
 * @param maxInflightPerReplica requests one replica serves at once; beyond, 429
 * @param rpsPerReplica request rate per replica before scaling up
 * @param scaleDownDelay how long a lower rate must last before replicas go
 * @param threads the server's worker threads
 * @param nanoTime the monotonic clock of the scalers
 */
public record SandboxOptions(
    int maxInflightPerReplica,
    double rpsPerReplica,
    Duration scaleDownDelay,
    int threads,
    LongSupplier nanoTime) {

  /**
   * Tuned so that on 2 cores the {@code cpu} function overloads at 200 requests/s (at most 5 × 2
   * requests of ~12 ms of CPU at once, scaling a second behind) while 50/s is served, and replicas
   * are back to 1 a few seconds after a run, within a short cooldown.
   */
  public static final SandboxOptions DEFAULTS =
      new SandboxOptions(2, 20, Duration.ofSeconds(2), 48, System::nanoTime);

  public SandboxOptions {
    Objects.requireNonNull(scaleDownDelay, "scaleDownDelay");
    Objects.requireNonNull(nanoTime, "nanoTime");
    if (maxInflightPerReplica < 1 || rpsPerReplica <= 0 || threads < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** These options with another clock, for tests that step time. */
  public SandboxOptions withClock(LongSupplier clock) {
    return new SandboxOptions(maxInflightPerReplica, rpsPerReplica, scaleDownDelay, threads, clock);
  }
}
