package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressTallyTest {

  /** A clock the test moves. */
  private static final class Hand extends Clock {
    Instant now = Instant.parse("2026-11-30T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void labelsEveryFieldAndHasNoEtaBeforeTheFirstIteration() {
    ProgressTally tally = new ProgressTally(4, 0, 2, new Hand());

    assertThat(tally.fields())
        .isEqualTo("eta n/a | dominated 0 | done before 0 | failed 0 | overloaded 0");
  }

  @Test
  void theEtaCountsOnlyWhatWillRunAtThePaceMeasured() {
    Hand hand = new Hand();
    ProgressTally tally = new ProgressTally(4, 1, 2, hand);
    tally.doneBefore();
    tally.dominated(); // expected by the estimate: nothing less to run

    hand.now = hand.now.plus(Duration.ofSeconds(30));
    tally.iterationMeasured();
    // 4 configurations × 2 iterations, 1 measured: 7 left at 30 s each.
    assertThat(tally.fields()).startsWith("eta 3 m 30 s | dominated 1 | done before 1");

    tally.iterationMeasured();
    tally.finished(true);
    tally.dominated(); // found in this session: one configuration less to run
    hand.now = hand.now.plus(Duration.ofSeconds(30));

    // 2 left × 2 iterations at 30 s each.
    assertThat(tally.toRun()).isEqualTo(3);
    assertThat(tally.fields())
        .isEqualTo("eta 2 m 00 s | dominated 2 | done before 1 | failed 0 | overloaded 1");
  }
}
