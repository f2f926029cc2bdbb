package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dfaas.sampler.LocalPrometheus;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.TestResources;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.k6.StandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pool of three targets sharing one plan and one folder, each with its own gateway (a stub
 * speaking the OpenFaaS API), the k6 stand-in run by the local executor, and a real Prometheus.
 */
@Requires({Tool.PROMETHEUS, Tool.NODE_EXPORTER})
class PoolIT {

  @TempDir Path dir;
  private LocalPrometheus prometheus;
  private final List<StubHttpServer> gateways = new ArrayList<>();

  @BeforeEach
  void startServices() throws Exception {
    prometheus =
        LocalPrometheus.start(
            Files.createDirectories(dir.resolve("prometheus")), List.of("env", "figlet"));
    for (int i = 0; i < 3; i++) {
      gateways.add(
          new StubHttpServer(
              request ->
                  StubHttpServer.Reply.json(
                      200,
                      "[{\"name\": \"env\", \"replicas\": 1, \"availableReplicas\": 1},"
                          + " {\"name\": \"figlet\", \"replicas\": 1, \"availableReplicas\":"
                          + " 1}]")));
    }
  }

  @AfterEach
  void stopServices() {
    gateways.forEach(StubHttpServer::close);
    if (prometheus != null) {
      prometheus.close();
    }
  }

  /** Env and figlet at {@code rates}, alone and in pairs, {@code iterations} times each. */
  private Path campaign(String name, Path output, String rates, int iterations) throws IOException {
    // Long enough runs that a stop or a kill lands inside iterations.
    return campaign(name, output, rates, iterations, "0.3");
  }

  private Path campaign(
      String name, Path output, String rates, int iterations, String secondsPerRun)
      throws IOException {
    return campaign(name, output, rates, iterations, Map.of("STANDIN_SLEEP", secondsPerRun));
  }

  private Path campaign(
      String name, Path output, String rates, int iterations, Map<String, String> standInBehaviour)
      throws IOException {
    return campaign(name, output, rates, iterations, standInBehaviour, "");
  }

  private Path campaign(
      String name,
      Path output,
      String rates,
      int iterations,
      Map<String, String> standInBehaviour,
      String extraKeys)
      throws IOException {
    StandIn standIn = StandIn.installIn(dir.resolve("bin"));
    standIn.behave(standInBehaviour);
    StringBuilder targets = new StringBuilder();
    for (int i = 0; i < gateways.size(); i++) {
      targets
          .append("  - {name: node-")
          .append(i + 1)
          .append(", gateway_url: '")
          .append(gateways.get(i).url())
          .append("'}\n");
    }
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(
        file,
        """
        output_dir: %s
        prometheus_url: %s
        openfaas_password: not-a-secret-in-tests
        targets_mode: pool
        targets:
        %s
        functions:
          - {name: figlet, method: POST, body: "Hello DFaaS!", headers: {Content-Type: text/plain}}
          - {name: env}
        rate_strategy: {type: custom, rates: [%s]}
        combinations: {min_functions: 1, max_functions: 3}
        duration: 5s
        iterations: %d
        cooldown: {max_wait_seconds: 60, sleep_step_seconds: 1, idle_threshold_pct: 100}
        overload: {cpu_overload_pct_of_capacity: 100, ram_overload_pct: 100}
        prometheus_retry_seconds: 10
        results_extra_columns: false
        k6_executor: local
        k6_binary: %s
        k6_workspace_root: %s
        queries_path: %s
        warmup: {duration: 0s}
        %s"""
            .formatted(
                output,
                prometheus.url(),
                targets.toString().stripTrailing(),
                rates,
                iterations,
                standIn.binary(),
                dir.resolve("k6"),
                TestResources.path("/fixtures/constant-queries.yml"),
                extraKeys));
    return file;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /** The configuration and iteration of each row: {@code figlet=10,env=0#1}, by its summary. */
  private static List<String> rowKeys(Path output) throws IOException {
    List<String> rows = lines(output.resolve("results.csv"));
    List<String> keys = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",", -1);
      keys.add(cells[0] + "=" + cells[1] + "," + cells[9] + "=" + cells[10]);
    }
    return keys;
  }

  @Test
  void aTargetWhoseGatewayStopsIsDroppedAndTheOthersFinishEveryConfigurationOnce()
      throws Exception {
    Path output = dir.resolve("out");
    // 72 runs of at least 1 s on the two targets left: over 30 s, twice what node-2's three tries
    // take (5 s, then 10 s apart), however fast the machine.
    campaign("pool", output, "0, 10, 20, 30", 3, "1");
    Path results = output.resolve("results.csv");
    CompletableFuture<Void> stopper =
        CompletableFuture.runAsync(
            () -> {
              try {
                while (!Files.exists(results)
                    || lines(results).stream().noneMatch(l -> l.endsWith(",node-2"))) {
                  Thread.sleep(100);
                }
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
              gateways.get(1).close();
            });

    CliRun run = CliRun.of(dir, "run", "-c", "pool.yaml");
    stopper.get(10, TimeUnit.SECONDS);

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(Files.readString(output.resolve("campaign.log")))
        .contains("target node-2 dropped after 3 failures in a row");
    List<String> index = lines(output.resolve("index.csv"));
    assertThat(index.subList(1, index.size())).hasSize(24).doesNotHaveDuplicates();
    List<String> rows = lines(results);
    assertThat(rows.get(0)).endsWith(",overloaded_node,target");
    assertThat(rows).hasSize(1 + 24 * 3);
    assertThat(countsOf(rowKeys(output)))
        .hasSize(24)
        .allSatisfy((key, count) -> assertThat(count).isEqualTo(3));
    assertThat(rows.subList(1, rows.size()))
        .anyMatch(row -> row.endsWith(",node-1"))
        .anyMatch(row -> row.endsWith(",node-2"))
        .anyMatch(row -> row.endsWith(",node-3"));
    try (var summaries = Files.list(output.resolve("summaries"))) {
      assertThat(summaries.count()).isEqualTo(72);
    }
  }

  @Test
  void survivesSigkillAtRandomMomentsResumingToTheRowsOfAnUninterruptedPool() throws Exception {
    Path reference = dir.resolve("reference");
    Path crashed = dir.resolve("crashed");
    campaign("reference", reference, "0, 10, 20", 2);
    campaign("crashed", crashed, "0, 10, 20", 2);
    assertThat(CampaignProcess.run(dir, "reference.yaml").waitFor()).isZero();

    // A failing run prints its seed; -Dsigkill.seed=<seed> replays its kill moments.
    SigkillRounds rounds = new SigkillRounds(dir, "crashed.yaml", crashed);
    int kills = rounds.runUntilFinished(3000, 100);

    System.out.printf(
        "PoolIT: %d SIGKILLs (seed %d) before the pool finished%n", kills, rounds.seed());
    assertThat(kills).as("seed " + rounds.seed()).isPositive();
    assertThat(new java.util.TreeMap<>(countsOf(rowKeys(crashed))))
        .as("seed " + rounds.seed())
        .isEqualTo(new java.util.TreeMap<>(countsOf(rowKeys(reference))));
    List<String> index = lines(crashed.resolve("index.csv"));
    assertThat(index).doesNotHaveDuplicates();
    assertThat(new HashSet<>(index))
        .isEqualTo(new HashSet<>(lines(reference.resolve("index.csv"))));
    assertThat(new HashSet<>(lines(crashed.resolve("skipped.csv"))))
        .isEqualTo(new HashSet<>(lines(reference.resolve("skipped.csv"))));
  }

  @Test
  void
      aFrontierPoolSurvivesSigkillAtRandomMomentsClassifyingEveryConfigurationAsAnUninterruptedOne()
          throws Exception {
    Path reference = dir.resolve("reference");
    Path crashed = dir.resolve("crashed");
    // A node of 35 requests/s: repeatable and monotone, as the frontier's inference assumes. The
    // 35 configurations of two functions at 5 rates leave the frontier room to infer.
    Map<String, String> node = Map.of("STANDIN_SLEEP", "0.2", "STANDIN_CAPACITY", "35");
    String frontier = "search: {mode: frontier}\n";
    String rates = "0, 10, 20, 30, 40";
    campaign("reference", reference, rates, 2, node, frontier);
    campaign("crashed", crashed, rates, 2, node, frontier);
    long started = System.nanoTime();
    assertThat(CampaignProcess.run(dir, "reference.yaml").waitFor()).isZero();
    long referenceSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

    // A failing run prints its seed; -Dsigkill.seed=<seed> replays its kill moments.
    SigkillRounds rounds = new SigkillRounds(dir, "crashed.yaml", crashed);
    // Each kill costs a JVM's start: eight of them land over most of the campaign. To hunt
    // harder, -Dsigkill.kills=16 -Dsigkill.window=1500 (ms after the run's first iteration).
    int kills =
        rounds.killAtMostThenFinish(
            Integer.getInteger("sigkill.window", 2000), Integer.getInteger("sigkill.kills", 8));

    System.out.printf(
        "PoolIT (frontier): uninterrupted in %d s; %d SIGKILLs (seed %d), then finished, in %d s%n",
        referenceSeconds,
        kills,
        rounds.seed(),
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) - referenceSeconds);
    String seed = "seed " + rounds.seed();
    assertThat(kills).as(seed).isPositive();
    PoolFolder expected = new PoolFolder(reference);
    PoolFolder actual = new PoolFolder(crashed);
    Map<String, String> classes = expected.frontierStatus();
    assertThat(classes)
        .as("the uninterrupted pool")
        .hasSize(35)
        .containsValues("inferred_ok", "inferred_overloaded", "measured_ok", "measured_overloaded")
        .allSatisfy(
            (configuration, status) ->
                assertThat(status.endsWith("_overloaded"))
                    .as(configuration + " " + status)
                    .isEqualTo(sumOfRates(configuration) > 35));
    // The finished campaign classifies every configuration, each as the uninterrupted one did.
    Map<String, String> crashedClasses = actual.frontierStatus();
    assertThat(crashedClasses.keySet()).as(seed).isEqualTo(classes.keySet());
    crashedClasses.forEach(
        (configuration, status) ->
            assertThat(status.endsWith("_overloaded"))
                .as(
                    seed
                        + ": "
                        + configuration
                        + " "
                        + status
                        + ", uninterrupted: "
                        + classes.get(configuration))
                .isEqualTo(classes.get(configuration).endsWith("_overloaded")));
    // Every configuration started has its two iterations, once each, and is indexed once; what
    // frontier.csv says was measured has them (a resumed search may infer what a killed run had
    // measured: measured here and inferred there is allowed, a missing or extra row is not).
    Map<String, Integer> rows = actual.rowsPerConfiguration();
    assertThat(rows).as(seed).allSatisfy((configuration, count) -> assertThat(count).isEqualTo(2));
    assertThat(actual.indexed()).as(seed).doesNotHaveDuplicates();
    assertThat(new java.util.TreeSet<>(actual.indexed())).as(seed).isEqualTo(rows.keySet());
    assertThat(rows.keySet())
        .as(seed)
        .containsAll(
            crashedClasses.entrySet().stream()
                .filter(e -> e.getValue().startsWith("measured_"))
                .map(Map.Entry::getKey)
                .toList());
    // No summary or metrics file of an iteration results.csv does not hold: a killed iteration
    // was run again under its own number.
    Map<String, String> ids = actual.configIds();
    for (String folder : List.of("summaries", "metrics")) {
      Map<String, List<Integer>> files = actual.iterationFiles(folder);
      assertThat(files.keySet()).as(seed + ": " + folder).isEqualTo(idsOf(ids, rows.keySet()));
      assertThat(files)
          .as(seed + ": " + folder)
          .allSatisfy((id, iterations) -> assertThat(iterations).containsExactlyInAnyOrder(1, 2));
    }
    // The log names the pool; each target's lines name it, the search's own lines name none.
    String referenceLog = Files.readString(reference.resolve("campaign.log"));
    assertThat(referenceLog)
        .contains("on a pool of targets node-1, node-2, node-3 by dfaas-sampler")
        .doesNotContainPattern("\\] DFaaS config [^\\n]*(skipped=|inferred_ok)");
    assertThat(PoolLog.of(reference).iterationLinesWithoutTarget()).isEmpty();
    // One target at a time per configuration, and every target's line names it.
    PoolLog log = PoolLog.of(crashed);
    assertThat(log.configurationsOnTwoTargetsAtOnce()).as(seed).isEmpty();
    assertThat(log.iterationLinesWithoutTarget()).as(seed).isEmpty();
  }

  /** {@code env=10,figlet=30} → 40. */
  private static int sumOfRates(String configuration) {
    return java.util.Arrays.stream(configuration.split(","))
        .mapToInt(pair -> Integer.parseInt(pair.substring(pair.indexOf('=') + 1)))
        .sum();
  }

  private static java.util.Set<String> idsOf(
      Map<String, String> idToConfiguration, java.util.Set<String> configurations) {
    return idToConfiguration.entrySet().stream()
        .filter(e -> configurations.contains(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  @Test
  void ctrlCStopsEveryTargetsK6AndExits130AndTheResumedPoolRunsEachConfigurationOnce()
      throws Exception {
    Path output = dir.resolve("out");
    Path pids = dir.resolve("k6.pids");
    campaign(
        "pool",
        output,
        "0, 10",
        2,
        Map.of("STANDIN_SLEEP", "120", "STANDIN_PID_LOG", pids.toString()));
    Process campaign = CampaignProcess.run(dir, "pool.yaml");
    List<Long> running = awaitRunningK6(pids, campaign, gateways.size());
    System.out.printf("PoolIT: SIGINT with %d k6 runs at once%n", running.size());

    new ProcessBuilder("kill", "-INT", Long.toString(campaign.pid())).start().waitFor();

    assertThat(campaign.waitFor(60, TimeUnit.SECONDS))
        .as(Files.readString(dir.resolve("processes.log")))
        .isTrue();
    assertThat(campaign.exitValue())
        .as(Files.readString(dir.resolve("processes.log")))
        .isEqualTo(130);
    List<Long> started = lines(pids).stream().map(Long::parseLong).toList();
    assertThat(started).containsAll(running);
    assertThat(started)
        .as("k6 stand-ins still running after the pool stopped")
        .noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    assertThat(Files.readString(dir.resolve("processes.log"))).contains("stopped: interrupted");
    assertThat(output.resolve("failures.csv")).doesNotExist();
    assertThat(lines(output.resolve("skipped.csv"))).hasSizeLessThanOrEqualTo(1);
    // What a stopped run wrote stays: no row of a stopped iteration, none lost.
    assertThat(lines(output.resolve("results.csv"))).hasSize(1);

    StandIn.installIn(dir.resolve("bin")).behave(Map.of("STANDIN_SLEEP", "0.1"));
    CliRun resumed = CliRun.of(dir, "run", "-c", "pool.yaml");
    assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
    List<String> index = lines(output.resolve("index.csv"));
    assertThat(index.subList(1, index.size())).hasSize(8).doesNotHaveDuplicates();
    assertThat(countsOf(rowKeys(output)))
        .hasSize(8)
        .allSatisfy((key, count) -> assertThat(count).isEqualTo(2));
    assertThat(lines(output.resolve("skipped.csv"))).hasSizeLessThanOrEqualTo(1);
  }

  /**
   * Waits until {@code targets} stand-ins run at once (fewer when the plan hands out fewer
   * independent configurations: as many as are running after a second without a new one).
   */
  private static List<Long> awaitRunningK6(Path pids, Process campaign, int targets)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    long lastNew = System.nanoTime();
    List<Long> seen = List.of();
    while (System.nanoTime() < deadline && campaign.isAlive()) {
      List<Long> now =
          Files.exists(pids)
              ? lines(pids).stream().filter(l -> !l.isBlank()).map(Long::parseLong).toList()
              : List.of();
      if (now.size() > seen.size()) {
        seen = now;
        lastNew = System.nanoTime();
      }
      if (seen.size() >= targets
          || (seen.size() >= 2 && System.nanoTime() - lastNew > TimeUnit.SECONDS.toNanos(3))) {
        return seen;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "fewer than two k6 runs started at once ("
            + seen
            + "); the pool said:\n"
            + Files.readString(pids.resolveSibling("processes.log")));
  }

  private static Map<String, Long> countsOf(List<String> keys) {
    return keys.stream()
        .collect(
            java.util.stream.Collectors.groupingBy(k -> k, java.util.stream.Collectors.counting()));
  }
}
