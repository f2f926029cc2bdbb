package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.StubHttpServer.Reply;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.k6.OpenSshServer;
import org.dfaas.sampler.k6.StandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short campaigns (one function at two rates, one iteration, a k6 stand-in) while one part
 * misbehaves: Prometheus, the gateway, k6, the summary, the output folder's disk. For each: the
 * command ends (never hangs), says which part failed, goes on or stops as docs/faults.md says, and
 * keeps every row already written whole.
 */
class FaultsIT {

  private static final Duration NEVER_HANGS = Duration.ofSeconds(120);
  private static final int COLUMNS = 9 + 10;

  @TempDir Path dir;
  private StandIn standIn;

  /**
   * A Prometheus that answers 1 to every query. Where Prometheus is not the part at fault, the
   * node's numbers come from it rather than from this machine's /proc: an idle machine can read a
   * CPU baseline of exactly 0, which no later look is within, and every configuration would fail
   * its cooldown instead of meeting the fault under test.
   */
  private StubHttpServer steadyPrometheus;

  @BeforeEach
  void installStandIn() throws IOException {
    standIn = StandIn.installIn(dir.resolve("bin"));
    steadyPrometheus = prometheusAnswering("1");
  }

  /** A Prometheus that answers {@code value} to every instant and range query. */
  private static StubHttpServer prometheusAnswering(String value) throws IOException {
    return new StubHttpServer(
        r ->
            Reply.json(
                200,
                r.uri().contains("query_range")
                    ? "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":"
                        + "[{\"metric\":{},\"values\":[[1700000000,\""
                        + value
                        + "\"]]}]}}"
                    : "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":"
                        + "[{\"metric\":{},\"value\":[1700000000,\""
                        + value
                        + "\"]}]}}"));
  }

  @AfterEach
  void stopPrometheus() {
    steadyPrometheus.close();
  }

  private record Parts(String platform, String gatewayUrl, String metrics, String prometheusUrl) {
    static Parts prometheusAt(String url) {
      return new Parts("sandbox", "http://127.0.0.1:1", "prometheus", url);
    }
  }

  private Parts embedded() {
    return Parts.prometheusAt(steadyPrometheus.url());
  }

  private Parts gatewayAt(String url) {
    return new Parts("openfaas", url, "prometheus", steadyPrometheus.url());
  }

  private CliRun campaign(Path output, Parts parts) throws IOException {
    return campaign(output, parts, "k6_executor: local");
  }

  /** The campaign with {@code k6} (executor and its keys, YAML lines) choosing how k6 runs. */
  private CliRun campaign(Path output, Parts parts, String k6) throws IOException {
    Files.writeString(
        dir.resolve("campaign.yaml"),
        """
        output_dir: %s
        platform: %s
        gateway_url: %s
        metrics_source: %s
        prometheus_url: %s
        openfaas_password: not-a-secret-in-tests
        %s
        k6_binary: %s
        k6_workspace_root: %s
        functions: [{name: figlet, method: POST, body: hi}]
        rate_strategy: {type: custom, rates: [5, 10]}
        combinations: {min_functions: 1, max_functions: 2}
        duration: 1s
        iterations: 1
        warmup: {duration: 0s}
        results_extra_columns: false
        cooldown: {max_wait_seconds: 2, sleep_step_seconds: 1, idle_threshold_pct: 100}
        overload: {cpu_overload_pct_of_capacity: 100, ram_overload_pct: 100,
                   success_rate_node_min: 0, success_rate_function_min: 0}
        prometheus_retry_seconds: 1
        prometheus_poll_seconds: 1
        prometheus_timeout_seconds: 2
        """
            .formatted(
                output,
                parts.platform(),
                parts.gatewayUrl(),
                parts.metrics(),
                parts.prometheusUrl(),
                k6.strip(),
                standIn.binary(),
                dir.resolve("k6")));
    return assertTimeoutPreemptively(
        NEVER_HANGS,
        () -> CliRun.withEnv(dir, Map.of("LB_RUN_HOST", "faults"), "run", "-c", "campaign.yaml"),
        "the campaign ends whatever the fault");
  }

  /** Every line of results.csv is whole: the header and rows of the header's width. */
  private static List<String> wholeRows(Path output) throws IOException {
    Path results = output.resolve("results.csv");
    if (!Files.exists(results)) {
      return List.of();
    }
    List<String> lines = Files.readAllLines(results);
    assertThat(lines).isNotEmpty();
    assertThat(lines).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(COLUMNS));
    return lines.subList(1, lines.size());
  }

  private static String said(CliRun run) {
    return run.out() + run.err();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void withoutAFaultBothConfigurationsAreMeasured() throws IOException {
    Path output = dir.resolve("out");
    CliRun run = campaign(output, embedded());

    assertThat(run.exitCode()).as(said(run)).isZero();
    assertThat(wholeRows(output)).hasSize(2);
  }

  @Test
  void prometheusAnswering500FailsEachConfigurationNamingTheQuery() throws IOException {
    try (StubHttpServer prometheus = new StubHttpServer(r -> Reply.json(500, "boom"))) {
      Path output = dir.resolve("out");
      CliRun run = campaign(output, Parts.prometheusAt(prometheus.url()));

      // The idle baseline before the first run needs Prometheus: the campaign stops there.
      assertThat(run.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE);
      assertThat(said(run)).contains("Prometheus query cpu_usage_node failed: HTTP 500");
      assertThat(wholeRows(output)).isEmpty();
    }
  }

  @Test
  void prometheusStallingEndsAtTheTimeout() throws IOException {
    try (StubHttpServer prometheus =
        new StubHttpServer(r -> Reply.stallingAfterHeaders(200, "{\"status\":\"success\"}"))) {
      Path output = dir.resolve("out");
      CliRun run = campaign(output, Parts.prometheusAt(prometheus.url()));

      assertThat(run.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE);
      assertThat(said(run))
          .contains("Prometheus query cpu_usage_node failed: no reply from", "within 2000 ms");
      assertThat(wholeRows(output)).isEmpty();
    }
  }

  @Test
  void prometheusReturningNothingEndsAtTheRetryTime() throws IOException {
    try (StubHttpServer prometheus =
        new StubHttpServer(
            r ->
                Reply.json(
                    200,
                    r.uri().contains("query_range")
                        ? "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}"
                        : "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}"))) {
      Path output = dir.resolve("out");
      CliRun run = campaign(output, Parts.prometheusAt(prometheus.url()));

      assertThat(run.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE);
      assertThat(said(run))
          .contains("Prometheus query cpu_usage_node failed: the result stayed empty for 1 s");
      assertThat(wholeRows(output)).isEmpty();
    }
  }

  @Test
  void prometheusReturningNanWritesNanAndGoesOn() throws IOException {
    try (StubHttpServer prometheus = prometheusAnswering("NaN")) {
      Path output = dir.resolve("out");
      CliRun run = campaign(output, Parts.prometheusAt(prometheus.url()));

      assertThat(run.exitCode()).as(said(run)).isZero();
      assertThat(wholeRows(output)).hasSize(2).allSatisfy(row -> assertThat(row).contains("nan"));
    }
  }

  @ParameterizedTest
  @CsvSource({"-7, -7.000", "-Inf, -inf", "+Inf, inf"})
  void prometheusAnsweringNegativeOrInfiniteValuesWritesThemAndGoesOn(String value, String written)
      throws IOException {
    try (StubHttpServer prometheus = prometheusAnswering(value)) {
      Path output = dir.resolve("out");
      CliRun run = campaign(output, Parts.prometheusAt(prometheus.url()));

      // A constant negative baseline passes the cooldown; an infinite one says nothing.
      assertThat(run.exitCode()).as(said(run)).isZero();
      assertThat(said(run)).doesNotContain("did not cool down", "unexpected failure");
      assertThat(wholeRows(output))
          .isNotEmpty()
          .allSatisfy(row -> assertThat(row).contains("," + written + ","));
    }
  }

  @Test
  void prometheusAnswering500AfterTheFirstConfigurationFailsTheNextAndKeepsTheFirst()
      throws Exception {
    CliRun run = prometheusFailingAtTheSecondRun(Reply.json(500, "boom"));

    assertThat(run.exitCode()).as(said(run)).isEqualTo(ExitCode.RUNTIME_FAILURE);
    assertThat(failures(dir.resolve("out")))
        .singleElement()
        .satisfies(row -> assertThat(row).contains("Prometheus query", "failed: HTTP 500"));
    assertThat(wholeRows(dir.resolve("out"))).as("the first configuration's row").hasSize(1);
  }

  @Test
  void prometheusStallingAfterTheFirstConfigurationFailsTheNextAtTheTimeout() throws Exception {
    CliRun run =
        prometheusFailingAtTheSecondRun(
            Reply.stallingAfterHeaders(200, "{\"status\":\"success\"}"));

    assertThat(run.exitCode()).as(said(run)).isEqualTo(ExitCode.RUNTIME_FAILURE);
    assertThat(failures(dir.resolve("out")))
        .singleElement()
        .satisfies(
            row -> assertThat(row).contains("Prometheus query", "no reply from", "within 2000 ms"));
    assertThat(wholeRows(dir.resolve("out"))).as("the first configuration's row").hasSize(1);
  }

  /**
   * A campaign whose Prometheus answers well (the idle baseline, the first configuration) until the
   * second configuration's k6 starts, then answers {@code failing}.
   */
  private CliRun prometheusFailingAtTheSecondRun(Reply failing) throws Exception {
    Path pidFile = dir.resolve("k6.pid");
    standIn.behave(Map.of("STANDIN_SLEEP", "2", "STANDIN_PID_FILE", pidFile.toString()));
    AtomicBoolean failed = new AtomicBoolean();
    try (StubHttpServer prometheus =
        new StubHttpServer(
            r ->
                failed.get()
                    ? failing
                    : Reply.json(
                        200,
                        r.uri().contains("query_range")
                            ? "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\","
                                + "\"result\":[{\"metric\":{},\"values\":[[1700000000,\"1\"]]}]}}"
                            : "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\","
                                + "\"result\":[{\"metric\":{},\"value\":[1700000000,\"1\"]}]}}"))) {
      CompletableFuture<Void> secondRun =
          CompletableFuture.runAsync(
              () -> {
                try {
                  awaitPid(pidFile, awaitPid(pidFile, -1));
                  failed.set(true);
                } catch (IOException | InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      CliRun run = campaign(dir.resolve("out"), Parts.prometheusAt(prometheus.url()));
      secondRun.get(10, TimeUnit.SECONDS);
      return run;
    }
  }

  @Test
  void aGatewayRefusingTheCredentialsIsNamed() throws IOException {
    try (StubHttpServer gateway = new StubHttpServer(r -> Reply.json(401, "unauthorized"))) {
      Path output = dir.resolve("out");
      CliRun run = campaign(output, gatewayAt(gateway.url()));

      // Replicas are a measurement, not a precondition: they count as 0 and the campaign goes on.
      assertThat(run.exitCode()).as(said(run)).isZero();
      assertThat(said(run))
          .contains("replicas of [figlet] count as 0", "HTTP 401, credentials refused")
          .doesNotContain("not-a-secret-in-tests");
      assertThat(wholeRows(output)).hasSize(2);
    }
  }

  @Test
  void aGatewayAnsweringANegativeReplicaCountIsAFaultAndTheCampaignGoesOn() throws IOException {
    try (StubHttpServer gateway =
        new StubHttpServer(r -> Reply.json(200, "[{\"name\": \"figlet\", \"replicas\": -7}]"))) {
      Path output = dir.resolve("out");
      CliRun run = campaign(output, gatewayAt(gateway.url()));

      assertThat(run.exitCode()).as(said(run)).isZero();
      assertThat(said(run))
          .contains("gateway fault: function figlet has replicas -7", "it counts as 0");
      assertThat(wholeRows(output)).hasSize(2);
    }
  }

  @Test
  void aGatewayThatIsDownIsNamed() throws IOException {
    Path output = dir.resolve("out");
    CliRun run = campaign(output, gatewayAt("http://127.0.0.1:" + closedPort()));

    assertThat(run.exitCode()).as(said(run)).isZero();
    assertThat(said(run)).contains("replicas of [figlet] count as 0", "cannot connect");
    assertThat(wholeRows(output)).hasSize(2);
  }

  @Test
  void k6ExitingNonZeroFailsEachConfigurationAndTheCampaignGoesOn() throws IOException {
    standIn.behave(Map.of("STANDIN_EXIT", "3"));
    Path output = dir.resolve("out");
    CliRun run = campaign(output, embedded());

    assertThat(run.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE);
    assertThat(said(run)).containsPattern("failed +2 +2 not done");
    assertThat(failures(output))
        .hasSize(2)
        .allSatisfy(row -> assertThat(row).contains("k6 failed"));
    assertThat(wholeRows(output)).isEmpty();
  }

  @Test
  void aCorruptSummaryFailsEachConfigurationAndTheCampaignGoesOn() throws IOException {
    standIn.behave(Map.of("STANDIN_GARBAGE", "1"));
    Path output = dir.resolve("out");
    CliRun run = campaign(output, embedded());

    assertThat(run.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE);
    assertThat(failures(output))
        .hasSize(2)
        .allSatisfy(row -> assertThat(row).contains("summary.json is not JSON"));
  }

  @Test
  @Requires(Tool.OPENSSH)
  void theSshConnectionDroppingMidRunFailsThatConfigurationStopsItsK6AndTheCampaignGoesOn()
      throws Exception {
    try (OpenSshServer sshd = OpenSshServer.start(dir.resolve("sshd"))) {
      Path pidFile = dir.resolve("k6.pid");
      // Silent while it runs: a k6 that writes would die of the broken pipe on its own.
      standIn.behave(Map.of("STANDIN_SLEEP", "20", "STANDIN_PID_FILE", pidFile.toString()));
      CompletableFuture<Boolean> lostK6AliveAtTheNextRun =
          CompletableFuture.supplyAsync(() -> dropTheFirstRunsConnection(sshd, pidFile));
      Path output = dir.resolve("out");
      CliRun run =
          campaign(
              output,
              embedded(),
              String.join(
                  "\n",
                  "k6_executor: ssh",
                  "k6_host: 127.0.0.1",
                  "k6_port: " + sshd.port(),
                  "k6_user: " + System.getProperty("user.name"),
                  "k6_ssh_key: " + sshd.clientKey(),
                  "k6_known_hosts: " + dir.resolve("known_hosts"),
                  "k6_run_timeout_seconds: 60"));

      assertThat(run.exitCode()).as(said(run)).isEqualTo(ExitCode.RUNTIME_FAILURE);
      assertThat(failures(output))
          .singleElement()
          .satisfies(
              row ->
                  assertThat(row)
                      .contains(
                          "connection to the k6 host lost mid-run", "127.0.0.1:" + sshd.port()));
      assertThat(said(run))
          .contains("SSH session to 127.0.0.1:" + sshd.port() + " dropped; reconnecting")
          .contains("left running when the connection dropped");
      assertThat(lostK6AliveAtTheNextRun.get(10, TimeUnit.SECONDS))
          .as("the k6 of the dropped connection still ran when the next configuration's started")
          .isFalse();
      assertThat(wholeRows(output)).as("the next configuration, measured").hasSize(1);
    }
  }

  /**
   * Waits for the first run's k6, kills sshd's session under it, then waits for the next run's k6
   * and tells whether the first one was still running then.
   */
  private static boolean dropTheFirstRunsConnection(OpenSshServer sshd, Path pidFile) {
    try {
      long first = awaitPid(pidFile, -1);
      assertThat(sshd.killSessions()).as("sshd sessions killed").isPositive();
      awaitPid(pidFile, first);
      return ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The PID the k6 stand-in wrote, once it is not {@code previous}. */
  private static long awaitPid(Path pidFile, long previous)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + NEVER_HANGS.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(pidFile)) {
        String text = Files.readString(pidFile).strip();
        if (!text.isEmpty() && Long.parseLong(text) != previous) {
          return Long.parseLong(text);
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no k6 started other than " + previous);
  }

  /** The rows of failures.csv, header left out. */
  private static List<String> failures(Path output) throws IOException {
    List<String> lines = Files.readAllLines(output.resolve("failures.csv"));
    return lines.subList(1, lines.size());
  }

  @Test
  @Requires(Tool.TMPFS_MOUNT)
  void aFullDiskStopsTheCampaignResumablyAndKeepsWhatWasWritten() throws Exception {
    Path mount = Files.createDirectories(dir.resolve("small disk"));
    Process mounting =
        new ProcessBuilder(
                Tool.TMPFS_MOUNT.path().toString(),
                "-t",
                "tmpfs",
                "-o",
                "size=256k",
                "tmpfs",
                mount.toString())
            .redirectErrorStream(true)
            .start();
    String why = new String(mounting.getInputStream().readAllBytes());
    assertThat(mounting.waitFor()).as("mount a small tmpfs: " + why.strip()).isZero();
    try {
      Path output = mount.resolve("out");
      Path filler = mount.resolve("filler");
      // Leave room for the folder's files and one configuration, not two.
      Files.write(filler, new byte[256 * 1024 - 40 * 1024]);
      CliRun full = campaign(output, embedded());

      assertThat(full.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE);
      assertThat(said(full)).contains("stopped: cannot write", "No space left on device");
      List<String> before = wholeRows(output);
      assertThat(before).hasSize(1);

      Files.delete(filler);
      CliRun resumed = campaign(output, embedded());

      assertThat(resumed.exitCode()).as(said(resumed)).isZero();
      List<String> after = wholeRows(output);
      assertThat(after).startsWith(before.toArray(String[]::new)).hasSize(2);
    } finally {
      new ProcessBuilder("umount", mount.toString()).start().waitFor();
    }
  }
}
