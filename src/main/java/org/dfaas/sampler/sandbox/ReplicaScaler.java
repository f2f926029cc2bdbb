package org.dfaas.sampler.sandbox;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A function's replica count, scaled on its request rate as OpenFaaS Community Edition's autoscaler
 * does in spirit: up at once when the rate of the last whole second asks for more, down only once
 * the rate has asked for fewer for a whole scale-down delay, between 1 and the CE cap of 5. The
 * clock is injected so tests step it.
 *
 * <p>Thread-safe (synchronized): requests record from the server's threads while the gateway API
 * reads.
 */
final class ReplicaScaler {

  /** The Community Edition's cap. */
  static final int MAX_REPLICAS = 5;

  private static final long SECOND = 1_000_000_000L;

  private final double rpsPerReplica;
  private final long scaleDownDelayNanos;
  private final LongSupplier nanoTime;

  private long windowStart;
  private long windowCount;
  private double lastRate;
  private int replicas = 1;
  private long lastNeededAllNanos;

  /**
   * @param rpsPerReplica the request rate one replica takes before another is added
   * @param scaleDownDelay how long the rate must ask for fewer replicas before they go
   */
  ReplicaScaler(double rpsPerReplica, Duration scaleDownDelay, LongSupplier nanoTime) {
    this.rpsPerReplica = rpsPerReplica;
    this.scaleDownDelayNanos = scaleDownDelay.toNanos();
    this.nanoTime = nanoTime;
    this.windowStart = nanoTime.getAsLong();
    this.lastNeededAllNanos = windowStart;
  }

  /** Counts one request and scales. */
  synchronized void recordRequest() {
    roll(nanoTime.getAsLong());
    windowCount++;
  }

  /** The replica count now. */
  synchronized int replicas() {
    roll(nanoTime.getAsLong());
    return replicas;
  }

  private void roll(long now) {
    long elapsed = now - windowStart;
    if (elapsed >= SECOND) {
      // A gap of more than a second without requests means the last whole second saw none.
      lastRate = elapsed >= 2 * SECOND ? 0 : windowCount;
      windowStart = elapsed >= 2 * SECOND ? now : windowStart + SECOND;
      windowCount = 0;
    }
    int wanted = (int) Math.max(1, Math.min(MAX_REPLICAS, Math.ceil(lastRate / rpsPerReplica)));
    if (wanted >= replicas) {
      replicas = wanted;
      lastNeededAllNanos = now;
    } else if (now - lastNeededAllNanos >= scaleDownDelayNanos) {
      replicas = wanted;
      lastNeededAllNanos = now;
    }
  }
}
