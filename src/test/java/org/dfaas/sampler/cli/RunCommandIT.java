package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dfaas.sampler.LocalPrometheus;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.TestResources;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.k6.StandIn;
import org.dfaas.sampler.k6.TestSshServer;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole campaigns through {@code run}, in-process: the k6 stand-in run by the local executor and by
 * the SSH executor against an in-process SSH server, the real Prometheus and node exporter, and a
 * gateway stub. Every output file is checked against the formats of the old tool.
 */
@Requires({Tool.PROMETHEUS, Tool.NODE_EXPORTER})
class RunCommandIT {

  static final String RESULTS_HEADER =
      "function_env,rate_function_env,success_rate_function_env,cpu_usage_function_env,"
          + "ram_usage_function_env,power_usage_function_env,replica_env,overloaded_function_env,"
          + "medium_latency_function_env,function_figlet,rate_function_figlet,"
          + "success_rate_function_figlet,cpu_usage_function_figlet,ram_usage_function_figlet,"
          + "power_usage_function_figlet,replica_figlet,overloaded_function_figlet,"
          + "medium_latency_function_figlet,cpu_usage_idle_node,cpu_usage_node,ram_usage_idle_node,"
          + "ram_usage_node,ram_usage_idle_node_percentage,ram_usage_node_percentage,"
          + "power_usage_idle_node,power_usage_node,rest_seconds,overloaded_node";

  @TempDir static Path shared;
  static LocalPrometheus prometheus;
  static StubHttpServer gateway;

  @TempDir Path dir;

  @BeforeAll
  static void startServices() throws Exception {
    prometheus = LocalPrometheus.start(shared, List.of("env", "figlet"));
    gateway =
        new StubHttpServer(
            request ->
                StubHttpServer.Reply.json(
                    200,
                    "[{\"name\": \"env\", \"replicas\": 1, \"availableReplicas\": 1},"
                        + " {\"name\": \"figlet\", \"replicas\": 1, \"availableReplicas\": 1}]"));
  }

  @AfterAll
  static void stopServices() {
    if (gateway != null) {
      gateway.close();
    }
    if (prometheus != null) {
      prometheus.close();
    }
  }

  /** A small campaign: env and figlet at 0 and 10 requests/s, alone and in pairs, twice each. */
  static String campaign(Path output, String executorKeys) {
    return """
        output_dir: %s
        gateway_url: %s
        prometheus_url: %s
        openfaas_password: not-a-secret-in-tests
        functions:
          - {name: figlet, method: POST, body: "Hello DFaaS!", headers: {Content-Type: text/plain}}
          - {name: env}
        rate_strategy: {type: custom, rates: [0, 10]}
        combinations: {min_functions: 1, max_functions: 3}
        duration: 5s
        iterations: 2
        cooldown: {max_wait_seconds: 60, sleep_step_seconds: 1, idle_threshold_pct: 100}
        # This machine's own load must not decide overload here: only what k6 measured does.
        overload: {cpu_overload_pct_of_capacity: 100, ram_overload_pct: 100}
        prometheus_retry_seconds: 10
        # The old tool's header exactly (the extra columns are checked by QuickstartIT).
        results_extra_columns: false
        %s
        """
        .formatted(output, gateway.url(), prometheus.url(), executorKeys);
  }

  /** The config lines that run the stand-in as k6 on this machine, its workspaces in the test's. */
  private String localK6(StandIn standIn) {
    return "k6_executor: local\nk6_binary: "
        + standIn.binary()
        + "\nk6_workspace_root: "
        + dir.resolve("k6");
  }

  @Test
  void fullRunWithK6RunnerAndTheLocalExecutorWritesTheOldToolsFormats() throws IOException {
    StandIn standIn = StandIn.installIn(dir.resolve("bin"));
    Path output = dir.resolve("out");
    Files.writeString(dir.resolve("campaign.yaml"), campaign(output, localK6(standIn)));

    CliRun run =
        CliRun.withEnv(
            dir,
            Map.of("LB_ENABLE_EVENT_LOGGING", "1", "LB_RUN_HOST", "edge-1"),
            "run",
            "-c",
            "campaign.yaml");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("finished.").containsPattern("run +8 +8 done");
    assertThat(run.out().lines().filter(line -> line.startsWith("LB_EVENT {")))
        .hasSizeGreaterThanOrEqualTo(16)
        .anyMatch(line -> line.contains("\"host\": \"edge-1\""));
    OutputFolder folder = new OutputFolder(output);
    folder.assertResults(16);
    folder.assertIndexLists(8);
    assertThat(folder.lines("skipped.csv"))
        .containsExactly("function_env,rate_function_env,function_figlet,rate_function_figlet");
    for (Configuration configuration : Plan.of(folder.config(dir.resolve("campaign.yaml")))) {
      String id = configuration.id();
      assertThat(output.resolve("k6_scripts/config-" + id + ".js")).isRegularFile();
      for (int iteration = 1; iteration <= 2; iteration++) {
        assertThat(output.resolve("summaries/summary-" + id + "-iter" + iteration + "-rep1.json"))
            .content()
            .startsWith("{\n  \"");
        assertThat(folder.lines("metrics/metrics-" + id + "-iter" + iteration + "-rep1.csv"))
            .hasSize(2)
            .first()
            .asString()
            .startsWith("cpu_usage_node,ram_usage_node,ram_usage_node_pct,power_usage_node,");
      }
    }
    assertThat(output.resolve("campaign.log"))
        .content()
        .contains("DFaaS config 1/8 iter 1/2 (", "k6[", "log stream started");
    assertThat(Files.readString(output.resolve("campaign.log")))
        .doesNotContain("not-a-secret-in-tests");
    assertThat(run.out() + run.err()).doesNotContain("not-a-secret-in-tests");
  }

  @Test
  void runsACampaignOverSshAndResumesNothingTwice() throws IOException {
    KeyPair clientKey = TestSshServer.generate("ecdsa-sha2-nistp256", 256);
    Path key = TestSshServer.writeKey(clientKey, dir.resolve("id_test"), null);
    StandIn standIn = StandIn.installIn(dir.resolve("bin"));
    Path output = dir.resolve("out");
    try (TestSshServer server = TestSshServer.start(clientKey, 0)) {
      Files.writeString(
          dir.resolve("campaign.yaml"),
          campaign(
              output,
              String.join(
                  "\n",
                  "k6_executor: ssh",
                  "k6_host: 127.0.0.1",
                  "k6_port: " + server.port(),
                  "k6_user: tester",
                  "k6_ssh_key: " + key,
                  "k6_known_hosts: " + dir.resolve("known_hosts"),
                  "k6_binary: " + standIn.binary(),
                  "k6_workspace_root: " + dir.resolve("remote k6"))));

      CliRun first = CliRun.of(dir, "run", "-c", "campaign.yaml", "--max-configs", "3");
      CliRun rest = CliRun.of(dir, "run", "-c", "campaign.yaml");

      assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
      assertThat(first.out()).contains("--max-configs 3 reached");
      assertThat(rest.exitCode()).as(rest.err()).isZero();
      assertThat(rest.out())
          .containsPattern("run +5 +8 done")
          .containsPattern("skipped +0 +dominated by an overloaded one\\R +3 +done before");
    }
    OutputFolder folder = new OutputFolder(output);
    folder.assertResults(16);
    folder.assertIndexLists(8);
    try (Stream<Path> workspaces = Files.list(dir.resolve("remote k6"))) {
      assertThat(workspaces).hasSize(1);
    }
  }

  @Test
  void survivesSigkillAtRandomMomentsWithNothingLostOrDuplicated() throws Exception {
    OutputFolder expected = killedAndReference("grid", Map.of(), "");
    OutputFolder actual = new OutputFolder(dir.resolve("crashed"));

    actual.assertResults(15 * 2);
    actual.assertIndexLists(15);
    assertThat(actual.rowsPerConfiguration()).isEqualTo(expected.rowsPerConfiguration());
    assertThat(actual.files("summaries")).isEqualTo(expected.files("summaries"));
    assertThat(actual.files("metrics")).isEqualTo(expected.files("metrics"));
    assertThat(actual.lines("skipped.csv")).isEqualTo(expected.lines("skipped.csv"));
  }

  @Test
  void aFrontierCampaignSurvivesSigkillAndResumesToTheMeasuredSetOfAnUninterruptedOne()
      throws Exception {
    // A node of 20 requests/s: a pair above that overloads, every single function is fine.
    OutputFolder expected =
        killedAndReference(
            "frontier", Map.of("STANDIN_CAPACITY", "20"), "search: {mode: frontier}\n");
    OutputFolder actual = new OutputFolder(dir.resolve("crashed"));

    assertThat(actual.rowsPerConfiguration())
        .isEqualTo(expected.rowsPerConfiguration())
        .hasSizeLessThan(15);
    assertThat(actual.lines("index.csv")).isEqualTo(expected.lines("index.csv"));
    assertThat(actual.lines("frontier.csv"))
        .isEqualTo(expected.lines("frontier.csv"))
        .hasSize(1 + 15)
        .anyMatch(line -> line.contains(",inferred_ok,"))
        .anyMatch(line -> line.contains(",measured_overloaded,"))
        .noneMatch(line -> line.contains(",pending,"));
    assertThat(actual.lines("skipped.csv")).isEqualTo(expected.lines("skipped.csv"));
    assertThat(actual.files("summaries")).isEqualTo(expected.files("summaries"));
  }

  /**
   * Runs one campaign uninterrupted into {@code reference}, and the same one into {@code crashed}
   * SIGKILLed at random moments until it finishes; the reference folder.
   */
  private OutputFolder killedAndReference(
      String name, Map<String, String> standInBehaviour, String extraKeys) throws Exception {
    StandIn standIn = StandIn.installIn(dir.resolve("bin"));
    // Runs long enough that kills land inside iterations, not only between them.
    Map<String, String> behaviour = new java.util.HashMap<>(standInBehaviour);
    behaviour.put("STANDIN_SLEEP", "0.3");
    standIn.behave(behaviour);
    // Constant node and function values: this test is about durability, and a cooldown waiting on
    // a busy machine's CPU would only make the kills land in the same place every time.
    Path queries = TestResources.path("/fixtures/constant-queries.yml");
    Path reference = dir.resolve("reference");
    Path crashed = dir.resolve("crashed");
    for (Path output : List.of(reference, crashed)) {
      Files.writeString(
          dir.resolve(output.getFileName() + ".yaml"),
          campaign(
                  output,
                  localK6(standIn)
                      + "\nqueries_path: "
                      + queries
                      // Each restart would warm up again before going on: not what is tested.
                      + "\nwarmup: {duration: 0s}\n"
                      + extraKeys)
              .replace("rates: [0, 10]", "rates: [0, 10, 20]"));
    }
    assertThat(CampaignProcess.run(dir, "reference.yaml").waitFor()).isZero();

    // A failing run prints its seed; -Dsigkill.seed=<seed> replays its kill moments.
    SigkillRounds rounds = new SigkillRounds(dir, "crashed.yaml", crashed);
    int kills = rounds.runUntilFinished(3000, 100);

    System.out.printf(
        "RunCommandIT (%s): %d SIGKILLs (seed %d) before the campaign finished%n",
        name, kills, rounds.seed());
    assertThat(kills).as("seed " + rounds.seed()).isPositive();
    return new OutputFolder(reference);
  }

  @Test
  void ctrlCStopsTheRunningK6AndExits130LeavingTheFolderResumable() throws Exception {
    StandIn standIn = StandIn.installIn(dir.resolve("bin"));
    Path pidFile = dir.resolve("k6.pid");
    standIn.behave(Map.of("STANDIN_SLEEP", "120", "STANDIN_PID_FILE", pidFile.toString()));
    Path output = dir.resolve("out");
    Files.writeString(
        dir.resolve("campaign.yaml"),
        campaign(output, localK6(standIn))
            .replace("rates: [0, 10]", "rates: [10]")
            .replace("max_functions: 3", "max_functions: 2")
            .replace("iterations: 2", "iterations: 1"));
    Process campaign = CampaignProcess.run(dir, "campaign.yaml");
    long k6 = awaitPid(pidFile, campaign);

    new ProcessBuilder("kill", "-INT", Long.toString(campaign.pid())).start().waitFor();

    assertThat(campaign.waitFor(30, java.util.concurrent.TimeUnit.SECONDS))
        .as(Files.readString(dir.resolve("processes.log")))
        .isTrue();
    assertThat(campaign.exitValue()).isEqualTo(130);
    assertThat(ProcessHandle.of(k6).map(ProcessHandle::isAlive).orElse(false))
        .as("k6 (the stand-in, pid %d) still runs", k6)
        .isFalse();
    assertThat(new OutputFolder(output).lines("results.csv")).hasSize(1);
    assertThat(new OutputFolder(output).lines("index.csv")).hasSize(1);
    // Printed though stdout is a file, not a terminal: the command that carries on.
    assertThat(Files.readString(dir.resolve("processes.log")))
        .contains("stopped: interrupted")
        .contains("resume: dfaas-sampler run -c campaign.yaml" + System.lineSeparator());

    standIn.behave(Map.of());
    CliRun resumed = CliRun.of(dir, "run", "-c", "campaign.yaml");
    assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
    assertThat(new OutputFolder(output).lines("index.csv"))
        .containsExactly(
            "functions;rates;results_file",
            "['env'];[10];results.csv",
            "['figlet'];[10];results.csv");
  }

  private static long awaitPid(Path pidFile, Process campaign) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && campaign.isAlive()) {
      if (Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
        return Long.parseLong(Files.readString(pidFile).strip());
      }
      Thread.sleep(100);
    }
    throw new AssertionError("k6 never started; the campaign said:\n" + campaign.info());
  }

  /** Reads an output folder back and checks it against compat §6. */
  record OutputFolder(Path root) {

    List<String> lines(String file) throws IOException {
      return Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8);
    }

    org.dfaas.sampler.config.SamplerConfig config(Path file) {
      return new org.dfaas.sampler.config.ConfigLoader().load(file, List.of()).config();
    }

    void assertResults(int rows) throws IOException {
      String text = Files.readString(root.resolve("results.csv"), StandardCharsets.UTF_8);
      assertThat(text).endsWith("\r\n").doesNotContain("\n\n");
      assertThat(text.replace("\r\n", "")).doesNotContain("\n");
      List<String> lines = lines("results.csv");
      assertThat(lines.get(0)).isEqualTo(RESULTS_HEADER);
      assertThat(lines).hasSize(1 + rows);
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        assertThat(cells).hasSize(28);
        for (int f = 0; f < 2; f++) {
          int at = f * 9;
          if (cells[at].isEmpty()) {
            assertThat(List.of(cells).subList(at, at + 9)).allMatch(String::isEmpty);
            continue;
          }
          assertThat(cells[at + 1]).matches("[0-9]+");
          assertThat(cells[at + 2]).matches("[0-9]+\\.[0-9]{3}");
          for (int decimal = at + 3; decimal <= at + 5; decimal++) {
            assertThat(cells[decimal]).matches("-?[0-9]+\\.[0-9]{3}|nan");
          }
          assertThat(cells[at + 6]).isEqualTo("1");
          assertThat(cells[at + 7]).matches("[01]");
          assertThat(cells[at + 8]).matches("[0-9]+|nan");
        }
        for (int node = 18; node <= 25; node++) {
          assertThat(cells[node]).matches("-?[0-9]+\\.[0-9]{3}|nan");
        }
        assertThat(cells[19]).isNotEqualTo("nan");
        assertThat(cells[26]).matches("[0-9]+");
        assertThat(cells[27]).matches("[01]");
      }
    }

    /** How many rows each configuration has, keyed by its pairs as the row names them. */
    Map<String, Long> rowsPerConfiguration() throws IOException {
      List<String> lines = lines("results.csv");
      return lines.subList(1, lines.size()).stream()
          .collect(
              java.util.stream.Collectors.groupingBy(
                  line -> {
                    String[] cells = line.split(",", -1);
                    return cells[0] + "=" + cells[1] + "," + cells[9] + "=" + cells[10];
                  },
                  java.util.TreeMap::new,
                  java.util.stream.Collectors.counting()));
    }

    List<String> files(String folder) throws IOException {
      try (Stream<Path> files = Files.list(root.resolve(folder))) {
        return files.map(p -> p.getFileName().toString()).sorted().toList();
      }
    }

    void assertIndexLists(int configurations) throws IOException {
      List<String> lines = lines("index.csv");
      assertThat(lines.get(0)).isEqualTo("functions;rates;results_file");
      assertThat(lines.subList(1, lines.size()))
          .hasSize(configurations)
          .doesNotHaveDuplicates()
          .allMatch(
              line ->
                  line.matches("\\['[a-z]+'(, '[a-z]+')*\\];\\[[0-9]+(, [0-9]+)*\\];results.csv"))
          .contains("['env', 'figlet'];[10, 0];results.csv");
    }
  }
}
