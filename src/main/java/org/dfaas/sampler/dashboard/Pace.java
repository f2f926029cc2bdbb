package org.dfaas.sampler.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An ETA from what a live view has seen: the configurations settled (measured, skipped, inferred or
 * failed) since it first saw the session, at the pace they were settled, over what the plan has
 * left. A view started in the middle of a session learns the pace from then on.
 *
 * <p>Not thread-safe: one follower feeds it.
 */
final class Pace {

  private String session = "";
  private Instant since;
  private long settledThen;

  /**
   * The ETA and what it rests on.
   *
   * @param seconds the seconds left; empty when there is no pace yet
   * @param basis what the estimate is based on, for a person
   */
  record Eta(Optional<Long> seconds, String basis) {}

  /** Notes {@code settled} configurations of session {@code runId} at {@code now}. */
  void observe(String runId, long settled, Instant now) {
    if (!runId.equals(session)) {
      session = runId;
      since = now;
      settledThen = settled;
    }
  }

  Eta eta(long planned, long settled, Instant now) {
    long left = Math.max(0, planned - settled);
    if (planned <= 0) {
      return new Eta(
          Optional.empty(), "no plan size known yet (the log names it at the first configuration)");
    }
    long gained = settled - settledThen;
    if (since == null || gained <= 0) {
      return new Eta(
          Optional.empty(), left + " configurations left; the pace is known after the next one");
    }
    double each = Duration.between(since, now).toMillis() / 1000.0 / gained;
    return new Eta(
        Optional.of(Math.round(left * each)),
        left
            + " configurations of "
            + planned
            + " not settled yet × "
            + Math.round(each)
            + " s each (the pace of the "
            + gained
            + " settled since "
            + java.time.LocalTime.ofInstant(since, java.time.ZoneId.systemDefault())
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            + "); an upper bound, as overloads skip or settle some without a run");
  }
}
