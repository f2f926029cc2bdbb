package org.dfaas.sampler.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.dfaas.sampler.TimeFormat;

/**
 * The labelled fields of the progress bar and an ETA that counts only what will run: the plan's
 * estimate of configurations to run (done ones and those dominated by overloads already recorded
 * left out), less those dominated by overloads found in this session, times the iterations, at the
 * pace of the iterations measured so far. Not thread-safe: the campaign's thread only.
 */
final class ProgressTally {

  private final int iterations;
  private final long expectedDominated;
  private final Clock clock;
  private final Instant started;
  private long toRun;
  private long dominated;
  private long doneBefore;
  private long ran;
  private long failed;
  private long overloaded;
  private long iterationsMeasured;
  private int iterationsOfCurrent;

  /**
   * @param toRun the configurations the plan estimate says will run
   * @param expectedDominated the configurations the estimate already counts as dominated
   */
  ProgressTally(long toRun, long expectedDominated, int iterations, Clock clock) {
    this.toRun = toRun;
    this.expectedDominated = expectedDominated;
    this.iterations = iterations;
    this.clock = clock;
    this.started = clock.instant();
  }

  /** The configurations that will run in this session, as known now. */
  long toRun() {
    return toRun;
  }

  /** Configurations run (or failed) so far in this session. */
  long ran() {
    return ran + failed;
  }

  void dominated() {
    dominated++;
    if (dominated > expectedDominated && toRun > ran + failed) {
      toRun--; // an overload found in this session skips what the estimate meant to run
    }
  }

  void doneBefore() {
    doneBefore++;
  }

  void iterationMeasured() {
    iterationsMeasured++;
    iterationsOfCurrent++;
  }

  void finished(boolean isOverloaded) {
    ran++;
    overloaded += isOverloaded ? 1 : 0;
    iterationsOfCurrent = 0;
  }

  void failed() {
    failed++;
    iterationsOfCurrent = 0;
  }

  /** {@code eta 3 m 10 s | dominated 3 | done before 9 | failed 0 | overloaded 1}. */
  String fields() {
    return String.format(
        Locale.ROOT,
        "eta %s | dominated %d | done before %d | failed %d | overloaded %d",
        eta(),
        dominated,
        doneBefore,
        failed,
        overloaded);
  }

  private String eta() {
    if (iterationsMeasured == 0) {
      return "n/a";
    }
    long left = Math.max(0, (toRun - ran - failed) * iterations - iterationsOfCurrent);
    Duration perIteration =
        Duration.between(started, clock.instant()).dividedBy(iterationsMeasured);
    return TimeFormat.duration(perIteration.multipliedBy(left).toSeconds());
  }
}
