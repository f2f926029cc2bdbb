package org.dfaas.sampler.campaign;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One target as the campaign's loop sees it: what it runs, its last status, and for a pool's target
 * its failures in a row, its backoff and whether it is dropped. Touched by the loop's thread only.
 */
final class TargetLane {

  private static final Logger LOG = LoggerFactory.getLogger(TargetLane.class);

  final TargetWorker worker;
  private final boolean unnamed;
  PoolAssignment running;
  String status;
  int failures;
  boolean dropped;
  Instant notBefore = Instant.MIN;

  TargetLane(TargetWorker worker, boolean unnamed) {
    this.worker = worker;
    this.unnamed = unnamed;
  }

  String name() {
    return worker.name();
  }

  /** Whether this is a single-target campaign's target: no name, no status of its own. */
  boolean unnamed() {
    return unnamed;
  }

  boolean busy() {
    return running != null;
  }

  boolean ready(Instant now) {
    return !dropped && running == null && !notBefore.isAfter(now);
  }

  /**
   * The target failed itself: it waits its backoff from {@code now}, or is dropped after {@code
   * retry}'s failures in a row. Its status afterwards.
   */
  String failed(PoolAssignment.TargetFailed failure, PoolSettings retry, Instant now) {
    failures++;
    String why = String.valueOf(failure.cause().getMessage());
    String id = failure.assignment().configuration().id();
    if (failures >= retry.maxFailures()) {
      dropped = true;
      LOG.warn(
          "target {} dropped after {} failures in a row; its configuration {} goes to another"
              + " target. Last failure: {}",
          name(),
          failures,
          id,
          why);
      return "dropped: " + why;
    }
    Duration wait = retry.backoffAfter(failures);
    notBefore = now.plus(wait);
    LOG.warn(
        "target {} failed (failure {} of {} in a row), retrying in {} s; configuration {}"
            + " goes back to the queue: {}",
        name(),
        failures,
        retry.maxFailures(),
        wait.toSeconds(),
        id,
        why);
    return "failed, retrying in " + wait.toSeconds() + " s: " + why;
  }
}
