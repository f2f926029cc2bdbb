package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.StubHttpServer.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a failure before anything was measured tells through the command line: what is missing or
 * unreachable, and the key that names it, never a log or a PromQL that has nothing to show; numbers
 * rounded, in their units, with where a limit comes from.
 */
class FailureHintsTest {

  private static final String EMBEDDED_REST =
      """
      platform: sandbox
      functions: [{name: figlet}]
      rate_strategy: {type: custom, rates: [5]}
      combinations: {min_functions: 1, max_functions: 2}
      duration: 1s
      iterations: 1
      warmup: {duration: 0s}
      cooldown: {max_wait_seconds: 5, sleep_step_seconds: 1, idle_threshold_pct: 100}
      """;

  @TempDir Path dir;

  @Test
  void aCooldownFailureShowsRoundedNumbersWithUnitsAndWhereTheLimitComesFrom() throws Exception {
    AtomicInteger cpuReads = new AtomicInteger();
    try (StubHttpServer prometheus =
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
            })) {
      Files.writeString(
          dir.resolve("c.yaml"),
          "output_dir: out\nload_generator: builtin\nprometheus_url: "
              + prometheus.url()
              + "\n"
              + EMBEDDED_REST
                  .replace("max_wait_seconds: 5", "max_wait_seconds: 0")
                  .replace("idle_threshold_pct: 100", "idle_threshold_pct: 15"));

      CliRun run = CliRun.of(dir, "run", "-c", "c.yaml");

      assertThat(run.exitCode()).isEqualTo(1);
    }
    assertThat(Files.readString(dir.resolve("out/campaign.log")))
        .contains(
            "last look: cpu 182.6 % > limit 35.0 % (idle baseline 30.4 %"
                + " + cooldown.idle_threshold_pct 15 %)")
        .doesNotContain("182.58258258", "34.95");
    assertThat(Files.readString(dir.resolve("out/failures.csv"))).contains("cpu 182.6 % > limit");
  }

  @Test
  void aMissingSshKeyNamesTheKeyAndHowToMakeOneNotK6sLog() throws IOException {
    Path key = dir.resolve("no-such-key");
    Files.writeString(
        dir.resolve("c.yaml"),
        "output_dir: out\nmetrics_source: local\nk6_host: 127.0.0.1\nk6_ssh_key: "
            + key
            + "\n"
            + EMBEDDED_REST);

    CliRun once = CliRun.of(dir, "once", "-c", "c.yaml", "--config", "figlet=5");
    CliRun run = CliRun.of(dir, "run", "-c", "c.yaml");

    assertThat(once.exitCode()).isEqualTo(1);
    assertThat(once.err())
        .contains("SSH key file " + key + " (k6_ssh_key) does not exist")
        .contains("hint: k6 did not run: set k6_ssh_key to the private key")
        .contains("ssh-keygen -t ed25519 -f " + key)
        .doesNotContain("k6.log");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("stopped: k6 run of config")
        .contains("hint: k6 did not run: set k6_ssh_key")
        .doesNotContain("k6.log");
  }

  @Test
  void anUnreachablePrometheusIsSaidOnceNamingItsKeyWithNoPromqlNorCoreCount() throws IOException {
    int closed = closedPort();
    String prometheus = "http://127.0.0.1:" + closed;
    Files.writeString(
        dir.resolve("c.yaml"),
        "output_dir: out\nload_generator: builtin\nprometheus_url: "
            + prometheus
            + "\n"
            + EMBEDDED_REST);

    CliRun run =
        CliRun.withEnv(
            dir,
            java.util.Map.of("DFAAS_SAMPLER_COMMAND", "bin/dfaas-sampler"),
            "run",
            "-c",
            "c.yaml");
    CliRun check = CliRun.of(dir, "check", "-c", "c.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "error: cannot reach Prometheus at "
                + prometheus
                + "/ (prometheus_url): connection"
                + " refused")
        .contains("hint: start Prometheus, or set prometheus_url")
        // The command it suggests starts as the user's did.
        .contains("`bin/dfaas-sampler check -c FILE` tests it")
        .doesNotContain("PromQL", "web UI");
    // Log lines reach the terminal as they reach the log.
    assertThat(Files.readString(dir.resolve("out/campaign.log")))
        .contains("campaign ")
        .doesNotContain("core count", "PromQL");
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(count(check.out(), "connection refused")).as(check.out()).isEqualTo(1);
    assertThat(check.out())
        .containsPattern(
            "prometheus FAIL cannot reach Prometheus at .* \\(prometheus_url\\): connection"
                + " refused; 6 of 6 queries not run");
  }

  @Test
  void aGatewayThatIsDownIsNamedByItsKeyInCheck() throws IOException {
    int closed = closedPort();
    Files.writeString(
        dir.resolve("c.yaml"),
        "load_generator: builtin\nmetrics_source: local\nopenfaas_password: x\n"
            + "gateway_url: http://127.0.0.1:"
            + closed
            + "\nfunctions: [{name: figlet}]\n");

    CliRun check = CliRun.of(dir, "check", "-c", "c.yaml");

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out())
        .containsPattern(
            "gateway +FAIL OpenFaaS gateway http://127.0.0.1:"
                + closed
                + "/system/functions: cannot connect \\(connection refused\\); check gateway_url");
  }

  private static int count(String text, String word) {
    Matcher matcher = Pattern.compile(Pattern.quote(word)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
