package org.dfaas.sampler.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Replica scaling of the sandbox, on a clock the test steps. */
class ReplicaScalerTest {

  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong now = new AtomicLong(0);
  private final ReplicaScaler scaler = new ReplicaScaler(20, Duration.ofSeconds(2), now::get);

  private void requestsInOneSecond(int count) {
    long start = now.get();
    for (int i = 0; i < count; i++) {
      now.set(start + i * (SECOND / count));
      scaler.recordRequest();
    }
    now.set(start + SECOND);
  }

  @Test
  void startsWithOneReplica() {
    assertThat(scaler.replicas()).isEqualTo(1);
  }

  @Test
  void scalesUpAtOnceToTheRateOfTheLastWholeSecond() {
    requestsInOneSecond(50);

    assertThat(scaler.replicas()).isEqualTo(3);
  }

  @Test
  void neverGoesPastTheCommunityEditionCap() {
    requestsInOneSecond(1_000);

    assertThat(scaler.replicas()).isEqualTo(ReplicaScaler.MAX_REPLICAS);
  }

  @Test
  void scalesDownOnlyAfterTheRateAskedForFewerForTheWholeDelay() {
    requestsInOneSecond(100);
    assertThat(scaler.replicas()).isEqualTo(5);

    now.addAndGet(SECOND * 3 / 2);
    assertThat(scaler.replicas()).as("fewer asked for 1.5 s of a 2 s delay").isEqualTo(5);

    now.addAndGet(SECOND / 2);
    assertThat(scaler.replicas()).isEqualTo(1);
  }
}
