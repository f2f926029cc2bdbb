package org.dfaas.sampler.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.StubHttpServer.Reply;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.k6.K6Load;
import org.junit.jupiter.api.Test;

/** The built-in generator's requests end at their deadline, reply body included. */
class ConstantArrivalRateTest {

  private static final FunctionSpec FUNCTION =
      new FunctionSpec("stall", "POST", "hello", Map.of("Content-Type", "text/plain"), null);

  @Test
  void aFunctionThatStallsAfterItsHeadersFailsItsRequestsAtTheDeadlineAndFreesTheirSlots()
      throws Exception {
    try (StubHttpServer function =
        new StubHttpServer(request -> Reply.stallingAfterHeaders(200, "x".repeat(64_000)))) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      ConstantArrivalRate load =
          new ConstantArrivalRate(
              http,
              new K6Load(FUNCTION, function.url() + "/function/stall", 4),
              Duration.ofMillis(400),
              System::nanoTime);

      LoadStats stats =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20),
              () -> load.run(System.nanoTime(), Duration.ofSeconds(2)),
              "every request ends at its deadline; none holds its slot");

      assertThat(stats.arrivals()).isEqualTo(8);
      assertThat(stats.requests() + stats.droppedCount()).isEqualTo(8);
      // Slots free up at the deadline (0.4 s), long before the fifth arrival (1 s) needs one;
      // a machine busy enough may still drop one.
      assertThat(stats.requests()).as("arrivals found their slots freed").isGreaterThanOrEqualTo(6);
      assertThat(stats.successes()).isZero();
    }
  }
}
