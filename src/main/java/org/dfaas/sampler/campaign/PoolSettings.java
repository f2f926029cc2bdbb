package org.dfaas.sampler.campaign;

import java.time.Duration;
import java.util.Objects;
import org.dfaas.sampler.config.PoolRetry;

/**
 * How a pool treats a failing target: after a failure it waits {@code backoff × 2^(failures - 1)}
 * (at most {@code maxBackoff}) before taking work again, and after {@code maxFailures} failures in
 * a row it is dropped. A configuration it finishes resets its count.
 *
 * @param maxFailures failures in a row that drop a target, ≥ 1
 * @param backoff the wait after a first failure, &gt; 0
 * @param maxBackoff the longest wait
 */
public record PoolSettings(int maxFailures, Duration backoff, Duration maxBackoff) {

  /** Three failures in a row; 5 s, 10 s between them, at most 60 s. */
  public static final PoolSettings DEFAULTS = of(PoolRetry.DEFAULTS);

  /** As the config's {@code pool_retry:} says. */
  public static PoolSettings of(PoolRetry retry) {
    return new PoolSettings(
        retry.maxFailures(),
        Duration.ofSeconds(retry.backoffSeconds()),
        Duration.ofSeconds(retry.maxBackoffSeconds()));
  }

  public PoolSettings {
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be ≥ 1, got " + maxFailures);
    }
    if (backoff.isNegative() || backoff.isZero() || maxBackoff.compareTo(backoff) < 0) {
      throw new IllegalArgumentException(
          "backoff must be > 0 and ≤ maxBackoff, got " + backoff + " and " + maxBackoff);
    }
  }

  /** The wait after the {@code failures}-th failure in a row. */
  Duration backoffAfter(int failures) {
    Duration wait = backoff;
    for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
