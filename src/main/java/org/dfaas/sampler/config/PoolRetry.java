package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a pool treats a failing target ({@code pool_retry:}): after its {@code n}-th failure in a row
 * it waits {@code backoff_seconds × 2^(n-1)}, at most {@code max_backoff_seconds}, before taking
 * work again, and after {@code max_failures} failures in a row it is dropped for the rest of the
 * session (a resumed run takes it again).
 *
 * @param maxFailures failures in a row that drop a target, ≥ 1
 * @param backoffSeconds the wait after a first failure, &gt; 0
 * @param maxBackoffSeconds the longest wait, ≥ {@code backoffSeconds}
 */
public record PoolRetry(int maxFailures, int backoffSeconds, int maxBackoffSeconds) {

  /** Three failures in a row; 5 s, then 10 s between them; at most 60 s. */
  public static final PoolRetry DEFAULTS = new PoolRetry(3, 5, 60);

  /** Reads {@code pool_retry:}; what is not given keeps its default. */
  static PoolRetry read(ConfigNode root, boolean pool, Problems problems) {
    ConfigNode node = root.object("pool_retry").orElse(null);
    if (node == null) {
      return DEFAULTS;
    }
    if (!pool) {
      problems.warn("pool_retry", "ignored unless targets_mode: pool");
    }
    int maxFailures = node.integerOr("max_failures", DEFAULTS.maxFailures());
    int backoff = node.integerOr("backoff_seconds", DEFAULTS.backoffSeconds());
    int maxBackoff = node.integerOr("max_backoff_seconds", DEFAULTS.maxBackoffSeconds());
    node.warnUnknownKeys();
    boolean valid = true;
    if (maxFailures < 1) {
      problems.add(
          "pool_retry.max_failures",
          "must be ≥ 1 (failures in a row that drop a target), got " + maxFailures);
      valid = false;
    }
    if (backoff < 1) {
      problems.add("pool_retry.backoff_seconds", "must be ≥ 1, got " + backoff);
      valid = false;
    }
    if (maxBackoff < backoff) {
      problems.add(
          "pool_retry.max_backoff_seconds",
          "must be ≥ pool_retry.backoff_seconds (" + backoff + "), got " + maxBackoff);
      valid = false;
    }
    return valid ? new PoolRetry(maxFailures, backoff, maxBackoff) : DEFAULTS;
  }

  void print(ObjectNode into) {
    ObjectNode node = into.putObject("pool_retry");
    node.put("max_failures", maxFailures);
    node.put("backoff_seconds", backoffSeconds);
    node.put("max_backoff_seconds", maxBackoffSeconds);
  }
}
