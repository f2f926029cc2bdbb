package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.StubHttpServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node that does not cool down, as {@code run} tells it: numbers a person can read. */
class CooldownFailureTest {

  @TempDir Path dir;
  private StubHttpServer prometheus;

  @AfterEach
  void stop() {
    prometheus.close();
  }

  @Test
  void aCooldownFailureShowsRoundedNumbersWithUnitsAndWhereTheLimitComesFrom() throws Exception {
    AtomicInteger cpuReads = new AtomicInteger();
    prometheus =
        new StubHttpServer(
            request -> {
              String query = URLDecoder.decode(request.body(), StandardCharsets.UTF_8);
              // The idle baseline, then a node that stays busy.
              String value =
                  query.contains("sum(1 - rate(node_cpu_seconds_total")
                      ? (cpuReads.getAndIncrement() == 0 ? "30.395136778115502" : "182.58258258")
                      : "2";
              return Reply.json(
                  200,
                  "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                      + "{\"metric\":{},\"value\":[1,\""
                      + value
                      + "\"]}]}}");
            });
    Files.writeString(
        dir.resolve("c.yaml"),
        "output_dir: out\nload_generator: builtin\nplatform: sandbox\nprometheus_url: "
            + prometheus.url()
            + """

            functions: [{name: figlet}]
            rate_strategy: {type: custom, rates: [5]}
            combinations: {min_functions: 1, max_functions: 2}
            duration: 1s
            iterations: 1
            warmup: {duration: 0s}
            cooldown: {max_wait_seconds: 0, sleep_step_seconds: 1, idle_threshold_pct: 15}
            """);

    CliRun run = CliRun.of(dir, "run", "-c", "c.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("out/campaign.log")))
        .contains(
            "last look: cpu 182.6 % > limit 35.0 % (idle baseline 30.4 %"
                + " + cooldown.idle_threshold_pct 15 %)")
        .doesNotContain("182.58258258", "34.95");
    assertThat(Files.readString(dir.resolve("out/failures.csv"))).contains("cpu 182.6 % > limit");
  }
}
