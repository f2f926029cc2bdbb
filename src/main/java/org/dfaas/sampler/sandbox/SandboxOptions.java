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
 * @param functionsDeployedAtStart whether every function is deployed when the sandbox starts (else
 *     none is until {@code POST /system/functions} deploys it)
 */
public record SandboxOptions(
    int maxInflightPerReplica,
    double rpsPerReplica,
    Duration scaleDownDelay,
    int threads,
    LongSupplier nanoTime,
    boolean functionsDeployedAtStart) {

  /**
   * Tuned for the quickstart on 2 cores: one replica per 20 requests/s, so 100/s reaches the cap of
   * 5; 4 requests in flight per replica, so the {@code cpu} function (~12 ms of CPU a request) is
   * served at 25/s on a busy machine but answers 429 at 200/s, when it asks for more CPU than 2
   * cores have; replicas back to 1 two seconds after a run, within a short cooldown.
   */
  public static final SandboxOptions DEFAULTS =
      new SandboxOptions(4, 20, Duration.ofSeconds(2), 48, System::nanoTime);

  public SandboxOptions {
    Objects.requireNonNull(scaleDownDelay, "scaleDownDelay");
    Objects.requireNonNull(nanoTime, "nanoTime");
    if (maxInflightPerReplica < 1 || rpsPerReplica <= 0 || threads < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Options with every function deployed at start. */
  public SandboxOptions(
      int maxInflightPerReplica,
      double rpsPerReplica,
      Duration scaleDownDelay,
      int threads,
      LongSupplier nanoTime) {
    this(maxInflightPerReplica, rpsPerReplica, scaleDownDelay, threads, nanoTime, true);
  }

  /** These options with another clock, for tests that step time. */
  public SandboxOptions withClock(LongSupplier clock) {
    return new SandboxOptions(
        maxInflightPerReplica,
        rpsPerReplica,
        scaleDownDelay,
        threads,
        clock,
        functionsDeployedAtStart);
  }

  /** These options with no function deployed at start: a bare platform for {@code deploy}. */
  public SandboxOptions withNothingDeployed() {
    return new SandboxOptions(
        maxInflightPerReplica, rpsPerReplica, scaleDownDelay, threads, nanoTime, false);
  }
}
