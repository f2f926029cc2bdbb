package org.dfaas.sampler.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dfaas.sampler.LogCapture;
import org.dfaas.sampler.k6.K6ExecutionException;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.results.ResultStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A single-target campaign on fake parts writes, byte for byte, what the single-target loop wrote
 * before it became the pool's loop with one target: every file of the output folder, every line
 * logged at INFO and above (what {@code campaign.log} keeps) and every event line, for a fresh run
 * and for a run stopped by {@code --max-configs} then resumed. The grid only: it is the old tool's
 * loop, whose choices do not change; the frontier's changed on purpose since the transcripts were
 * recorded. The transcripts in {@code src/test/resources/golden/} were recorded by that earlier
 * loop (run with {@code -Dgolden.record=true} to record them again, and review the difference).
 */
class SingleTargetGoldenTest {

  private static final String CAMPAIGN =
      """
      functions: [{name: b}, {name: a}]
      rate_strategy: {type: custom, rates: [0, 10, 20, 30]}
      combinations: {min_functions: 1, max_functions: 3}
      duration: 1s
      iterations: 2
      """;

  private static final Configuration BROKEN =
      Configuration.of(new RatePair("a", 10), new RatePair("b", 10));

  @ParameterizedTest
  @ValueSource(strings = {"grid"})
  void writesWhatTheSingleTargetLoopWrote(String mode, @org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    String search =
        switch (mode) {
          case "grid" -> "";
          case "frontier" -> "search: {mode: frontier}\n";
          default -> "search: {mode: frontier, iterations: adaptive}\n";
        };
    StringBuilder transcript = new StringBuilder();
    transcript.append(run(CAMPAIGN + search, dir, Long.MAX_VALUE, "fresh"));
    Path resumed = dir.resolve("resumed");
    Files.createDirectories(resumed);
    transcript.append(run(CAMPAIGN + search, resumed, 4, "stopped after 4"));
    transcript.append(run(CAMPAIGN + search, resumed, Long.MAX_VALUE, "resumed"));

    Path golden = Path.of("src/test/resources/golden/single-target-" + mode + ".txt");
    if (Boolean.getBoolean("golden.record")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, transcript, StandardCharsets.UTF_8);
    }
    assertThat(transcript.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /**
   * The same fake parts as a pool of one named target (its own failures handed over, retried after
   * a backoff) write the same dataset: the same files, byte for byte, but for the name in
   * results.csv's {@code target} column.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "search: {mode: frontier}\n"})
  void aPoolOfOneWritesTheSingleTargetsDataset(
      String search, @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path single = dir.resolve("single");
    Path pool = dir.resolve("pool");
    FakeCampaign one = fake(CAMPAIGN + search);
    try (ResultStore store = ResultStore.open(single, names(one), one.config.output(), false)) {
      one.generator(store, CampaignListener.NONE, Long.MAX_VALUE).run();
    }
    FakeCampaign other = fake(CAMPAIGN + search);
    try (ResultStore store = ResultStore.open(pool, names(other), other.config.output(), true)) {
      new DfaasGenerator(
              new CampaignParts(
                  other.config,
                  new RunIdentity("run-test", "node", 1, 1),
                  org.dfaas.sampler.plan.Plan.of(other.config),
                  List.of(other.target("t1")),
                  store,
                  CampaignListener.NONE,
                  CampaignListener.NONE,
                  other.time,
                  java.util.Optional.of(PoolSettings.DEFAULTS),
                  Long.MAX_VALUE))
          .run();
    }

    for (String file : List.of("index.csv", "skipped.csv", "failures.csv", "frontier.csv")) {
      assertThat(text(pool.resolve(file))).as(file).isEqualTo(text(single.resolve(file)));
    }
    List<String> pooled = Files.readAllLines(pool.resolve("results.csv"));
    List<String> alone = Files.readAllLines(single.resolve("results.csv"));
    int target = List.of(pooled.get(0).split(",", -1)).indexOf("target");
    assertThat(target).isNotNegative();
    assertThat(pooled.get(0)).isEqualTo(alone.get(0));
    assertThat(pooled.stream().skip(1)).allMatch(row -> row.split(",", -1)[target].equals("t1"));
    assertThat(alone.stream().skip(1)).allMatch(row -> row.split(",", -1)[target].equals("node"));
    assertThat(pooled.stream().map(row -> withoutColumn(row, target)).toList())
        .isEqualTo(alone.stream().map(row -> withoutColumn(row, target)).toList());
  }

  private static String withoutColumn(String row, int column) {
    List<String> cells = new java.util.ArrayList<>(List.of(row.split(",", -1)));
    cells.remove(column);
    return String.join(",", cells);
  }

  private static String text(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(none)";
  }

  private static List<String> names(FakeCampaign campaign) {
    return campaign.config.functions().stream().map(f -> f.name()).toList();
  }

  /** Sum of rates above 30 overloads the node; one configuration's k6 run fails. */
  private static FakeCampaign fake(String yaml) {
    FakeCampaign campaign = new FakeCampaign(yaml);
    campaign.outcome = (request, run) -> request.script().text().contains("rate: 30") ? 0.5 : 1.0;
    campaign.failure =
        request ->
            request.configId().equals(BROKEN.id())
                ? new K6ExecutionException(BROKEN.id(), "k6-host", 107, "boom", "k6 failed", null)
                : null;
    return campaign;
  }

  /** One run into {@code dir}/out: its log lines, its events, then every file of the folder. */
  private static String run(String yaml, Path dir, long max, String title) throws IOException {
    FakeCampaign campaign = new FakeCampaign(yaml);
    // Sum of rates above 30 overloads the node; one configuration's k6 run fails.
    campaign.outcome = (request, run) -> request.script().text().contains("rate: 30") ? 0.5 : 1.0;
    campaign.failure =
        request ->
            request.configId().equals(BROKEN.id())
                ? new K6ExecutionException(BROKEN.id(), "k6-host", 107, "boom", "k6 failed", null)
                : null;
    StringWriter events = new StringWriter();
    StringBuilder out = new StringBuilder("### " + title + "\n");
    CampaignOutcome outcome;
    try (LogCapture log = new LogCapture(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ResultStore store =
            ResultStore.open(
                FakeCampaign.output(dir),
                campaign.config.functions().stream().map(f -> f.name()).toList())) {
      CampaignListener lines =
          new CampaignLog(
              new RunIdentity("run-test", "node", 1, 1),
              new PrintWriter(events, true),
              campaign.time,
              store.configIdHash());
      outcome = campaign.generator(store, lines, max).run();
      log.lines().stream()
          .filter(line -> !line.startsWith("DEBUG") && !line.startsWith("TRACE"))
          .forEach(line -> out.append(line).append('\n'));
    }
    out.append("## events\n").append(events);
    out.append("## outcome\n")
        .append(
            List.of(
                outcome.configurations(),
                outcome.ran(),
                outcome.skippedDominated(),
                outcome.skippedIndexed(),
                outcome.failed(),
                outcome.overloaded(),
                String.valueOf(outcome.stopReason()),
                outcome.interrupted(),
                outcome.inferredOk(),
                outcome.search()))
        .append('\n');
    Path folder = FakeCampaign.output(dir);
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.append("## ").append(folder.relativize(file)).append('\n');
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // The scripts are k6's business, tested apart: their size tells they were written alike.
        out.append(file.toString().endsWith(".js") ? text.length() + " characters\n" : text);
      }
    }
    return out.toString().replace(dir.toString(), "<dir>");
  }
}
