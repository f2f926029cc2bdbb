package org.dfaas.sampler.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.config.OutputSettings;
import org.dfaas.sampler.k6.K6ExecutionException;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.results.ResultStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DfaasGeneratorTest {

  private static final String TWO_FUNCTIONS =
      """
      functions: [{name: b}, {name: a}]
      rate_strategy: {type: custom, rates: [0, 10, 20]}
      combinations: {min_functions: 1, max_functions: 3}
      duration: 1s
      iterations: 3
      """;

  @TempDir Path dir;

  /** Records what the loop told its listener, as short words. */
  private static class Recorder implements CampaignListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void configurationSkipped(PlanPosition p, Configuration c, SkipReason reason) {
      events.add("skip " + c + " " + reason.word());
    }

    @Override
    public void configurationFailed(PlanPosition p, Configuration c, Exception cause) {
      events.add("fail " + c);
    }

    @Override
    public void configurationFinished(PlanPosition p, Configuration c, boolean overloaded) {
      events.add("done " + c + (overloaded ? " overloaded" : ""));
    }
  }

  private CampaignOutcome run(FakeCampaign campaign, Recorder recorder) throws IOException {
    return run(campaign, recorder, Long.MAX_VALUE);
  }

  private CampaignOutcome run(FakeCampaign campaign, Recorder recorder, long max)
      throws IOException {
    try (ResultStore store =
        ResultStore.open(
            FakeCampaign.output(dir),
            campaign.config.functions().stream().map(f -> f.name()).toList())) {
      return campaign.generator(store, recorder, max).run();
    }
  }

  private List<String> lines(String file) throws IOException {
    Path path = FakeCampaign.output(dir).resolve(file);
    return Files.exists(path) ? Files.readAllLines(path, StandardCharsets.UTF_8) : List.of();
  }

  private static boolean loads(org.dfaas.sampler.k6.K6RunRequest request, String function) {
    return request.script().text().contains("exec: \"exec_" + function + "\"");
  }

  @Test
  void runsEveryIterationOfEveryConfigurationAndIndexesEachOnce() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);

    CampaignOutcome outcome = run(campaign, new Recorder());

    assertThat(outcome.ran()).isEqualTo(3 + 3 + 9);
    assertThat(outcome.complete()).isTrue();
    // One warm-up per function set ([a], [b], [a, b]) besides the recorded runs.
    assertThat(campaign.runs).hasSize(15 * 3);
    assertThat(campaign.warmUps).hasSize(3);
    assertThat(lines("results.csv")).hasSize(1 + 15 * 3);
    assertThat(lines("index.csv")).hasSize(1 + 15).contains("['a', 'b'];[10, 20];results.csv");
    assertThat(lines("skipped.csv")).hasSize(1);
  }

  @Test
  void warmsUpEachFunctionSetOnceAtItsLowestNonZeroRatesWritingNothing() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);
    Recorder recorder =
        new Recorder() {
          @Override
          public void warmUpStarted(Configuration load, String duration) {
            events.add("warm-up " + load + " " + duration);
          }
        };

    run(campaign, recorder);

    List<org.dfaas.sampler.k6.K6RunRequest> warmUps = campaign.warmUps;
    assertThat(warmUps)
        .extracting(r -> r.configId())
        .containsExactly(
            "warmup-" + Configuration.of(new RatePair("a", 10)).id(),
            "warmup-" + Configuration.of(new RatePair("b", 10)).id(),
            "warmup-" + Configuration.of(new RatePair("a", 10), new RatePair("b", 10)).id());
    assertThat(warmUps).allSatisfy(r -> assertThat(r.duration().text()).isEqualTo("5s"));
    assertThat(warmUps.get(2).script().text()).contains("duration: \"5s\"").contains("rate: 10");
    assertThat(recorder.events)
        .containsSubsequence("warm-up a=10 5s", "done a=0", "warm-up b=10 5s", "done b=0")
        .contains("warm-up a=10, b=10 5s");
    // Nothing of a warm-up reaches the dataset.
    assertThat(lines("results.csv")).hasSize(1 + 15 * 3);
  }

  @Test
  void aZeroWarmUpDurationTurnsItOff() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS + "warmup: {duration: 0s}\n");

    run(campaign, new Recorder());

    assertThat(campaign.runs).hasSize(15 * 3);
    assertThat(campaign.warmUps).isEmpty();
  }

  @Test
  void skipsConfigurationsDominatedByAnOverloadedOne() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);
    campaign.outcome = (request, run) -> loads(request, "a") ? 0.5 : 1.0;
    Recorder recorder = new Recorder();

    CampaignOutcome outcome = run(campaign, recorder);

    assertThat(recorder.events)
        .contains("done a=10 overloaded", "skip a=20 dominated_by_overload")
        .contains("done a=10, b=0 overloaded", "skip a=10, b=10 dominated_by_overload")
        .contains("skip a=20, b=20 dominated_by_overload", "done a=0, b=20");
    // a alone: 0 runs, 10 overloads, 20 dominated; pairs: (0,*) run, (10,0) overloaded, rest
    // skipped.
    assertThat(outcome.skippedDominated()).isEqualTo(1 + 5);
    assertThat(lines("skipped.csv"))
        .containsExactly(
            "function_a,rate_function_a,function_b,rate_function_b",
            "a,20,,",
            "a,10,b,10",
            "a,10,b,20",
            "a,20,b,0",
            "a,20,b,10",
            "a,20,b,20");
  }

  @Test
  void recordsWhyEachIterationOverloadedTheNode() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);
    campaign.outcome = (request, run) -> loads(request, "a") ? 0.5 : 1.0;

    try (ResultStore store =
        ResultStore.open(FakeCampaign.output(dir), List.of("a", "b"), OutputSettings.DEFAULT)) {
      campaign.generator(store, new Recorder(), Long.MAX_VALUE).run();
    }

    List<String> rows = lines("results.csv");
    assertThat(rows.get(0)).endsWith(",dropped_iterations,node_cores,overload_reason,target");
    assertThat(rows.stream().filter(DfaasGeneratorTest::isRowOfA10Alone))
        .hasSize(3)
        .allSatisfy(row -> assertThat(row).matches(".*,success_rate\\+success_rate:a,[^,]+"));
    assertThat(rows.stream().filter(row -> row.startsWith(",,,")))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row).matches(".*,none,[^,]+"));
  }

  @Test
  void joinsTheOverloadedSetOnlyWhenMoreThanHalfOfItsIterationsOverloaded() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);
    // [a=10] overloads in 1 of 3 iterations, [b=10] in 2 of 3.
    campaign.outcome =
        (request, run) -> {
          String text = request.script().text();
          boolean a10 = loads(request, "a") && !loads(request, "b") && text.contains("rate: 10,");
          boolean b10 = loads(request, "b") && !loads(request, "a") && text.contains("rate: 10,");
          return (a10 && run == 1) || (b10 && run >= 2) ? 0.0 : 1.0;
        };
    Recorder recorder = new Recorder();

    run(campaign, recorder);

    assertThat(recorder.events).contains("done a=10", "done a=20", "done b=10 overloaded");
    assertThat(recorder.events).contains("skip b=20 dominated_by_overload");
  }

  @Test
  void skipsExactlyTheConfigurationsTheOldToolsIndexLists() throws IOException {
    String legacyConfig;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/legacy-config.yaml")) {
      legacyConfig = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.createDirectories(FakeCampaign.output(dir));
    try (InputStream in = getClass().getResourceAsStream("/fixtures/legacy-output/index.csv")) {
      Files.copy(in, FakeCampaign.output(dir).resolve("index.csv"));
    }
    FakeCampaign campaign =
        new FakeCampaign(
            legacyConfig + "\n    iterations: 1\n    cooldown: {max_wait_seconds: 0}\n");
    Recorder recorder = new Recorder();

    CampaignOutcome outcome = run(campaign, recorder);

    assertThat(recorder.events.stream().filter(e -> e.endsWith("already_indexed")))
        .containsExactlyInAnyOrder(
            "skip env=0 already_indexed",
            "skip env=10 already_indexed",
            "skip figlet=0 already_indexed",
            "skip env=0, figlet=0 already_indexed",
            "skip env=0, figlet=10 already_indexed");
    // figlet is capped at 100: 11 rates; env has 21; and 11 × 21 pairs.
    assertThat(outcome.skippedIndexed()).isEqualTo(5);
    assertThat(outcome.ran()).isEqualTo(11 + 21 + 11 * 21 - 5);
    assertThat(lines("index.csv")).hasSize(1 + 11 + 21 + 11 * 21).doesNotHaveDuplicates();
  }

  @Test
  void recordsAFailingConfigurationAndGoesOn() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);
    Configuration broken = Configuration.of(new RatePair("a", 10));
    campaign.failure =
        request ->
            request.configId().equals(broken.id())
                ? new K6ExecutionException(broken.id(), "k6-host", 107, "boom", "k6 failed", null)
                : null;
    Recorder recorder = new Recorder();

    CampaignOutcome outcome = run(campaign, recorder);

    assertThat(recorder.events).contains("fail a=10", "done a=20", "done a=10, b=10");
    assertThat(outcome.failed()).isEqualTo(1);
    assertThat(outcome.complete()).isFalse();
    assertThat(lines("skipped.csv")).contains("a,10,,");
    assertThat(lines("failures.csv")).hasSize(2).first().isEqualTo("config_id,pairs,time,error");
    assertThat(lines("failures.csv").get(1))
        .startsWith(broken.id() + ",a=10,20")
        .contains("k6 failed");
    assertThat(lines("index.csv")).noneMatch(line -> line.startsWith("['a'];[10]"));
  }

  @Test
  void aBugEndsTheCampaignAndIsNeverRecordedAsAFailedConfiguration() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);
    Configuration second = Configuration.of(new RatePair("a", 20));
    NullPointerException bug = new NullPointerException("a bug");
    campaign.failure = request -> request.configId().equals(second.id()) ? bug : null;
    Recorder recorder = new Recorder();

    assertThatThrownBy(() -> run(campaign, recorder)).isSameAs(bug);

    assertThat(recorder.events).noneMatch(event -> event.startsWith("fail"));
    assertThat(lines("skipped.csv")).noneMatch(line -> line.startsWith("a,20"));
    assertThat(lines("index.csv")).hasSize(1 + 2);
  }

  @Test
  void aWarmUpThatFailsIsLoggedAndTheCampaignGoesOn() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);
    campaign.failure =
        request ->
            request.configId().startsWith("warmup-")
                ? new org.dfaas.sampler.SamplerException("k6 failed in the warm-up")
                : null;
    List<String> failedWarmUps = new ArrayList<>();
    Recorder recorder =
        new Recorder() {
          @Override
          public void warmUpFailed(Configuration load, Exception cause) {
            failedWarmUps.add(cause.getMessage());
          }
        };

    CampaignOutcome outcome = run(campaign, recorder);

    assertThat(failedWarmUps).isNotEmpty().allMatch("k6 failed in the warm-up"::equals);
    assertThat(outcome.complete()).isTrue();
    assertThat(campaign.runs).isNotEmpty();
  }

  @Test
  void aBugInAWarmUpEndsTheCampaignInsteadOfBeingLoggedAsAFailedWarmUp() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);
    NullPointerException bug = new NullPointerException("a bug in the warm-up");
    campaign.failure = request -> request.configId().startsWith("warmup-") ? bug : null;
    Recorder recorder = new Recorder();

    assertThatThrownBy(() -> run(campaign, recorder)).isSameAs(bug);

    assertThat(campaign.warmUps).hasSize(1);
    assertThat(campaign.runs).isEmpty();
    assertThat(recorder.events).noneMatch(event -> event.startsWith("fail"));
  }

  @Test
  void stopsCleanlyOnAFailureEveryLaterConfigurationWouldShare() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);
    Configuration third = Configuration.of(new RatePair("a", 20));
    campaign.failure =
        request ->
            request.configId().equals(third.id())
                ? new CampaignStoppedException("k6 host unreachable", null)
                : null;
    Recorder recorder = new Recorder();

    CampaignOutcome outcome = run(campaign, recorder);

    assertThat(outcome.stopReason()).isEqualTo("k6 host unreachable");
    assertThat(outcome.ran()).isEqualTo(2);
    assertThat(lines("index.csv")).hasSize(1 + 2);
    assertThat(lines("skipped.csv")).hasSize(1);
  }

  @Test
  void stopsWhenTheK6HostIsGoneInsteadOfFailingEveryConfiguration() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);
    campaign.failure =
        request ->
            new org.dfaas.sampler.k6.K6HostUnavailableException(
                request.configId(), "k6-host", null, "", "k6 host k6-host unreachable", null);

    CampaignOutcome outcome = run(campaign, new Recorder());

    assertThat(outcome.stopReason()).contains("k6 host k6-host unreachable");
    assertThat(outcome.failed()).isZero();
    // The first warm-up meets the gone host and stops the campaign before any measured run.
    assertThat(campaign.warmUps).hasSize(1);
    assertThat(campaign.runs).isEmpty();
    assertThat(lines("skipped.csv")).hasSize(1);
  }

  @Test
  void resumesAConfigurationAtItsNextIterationWithoutRepeatingOne() throws IOException {
    FakeCampaign first = new FakeCampaign(TWO_FUNCTIONS);
    Configuration second = Configuration.of(new RatePair("a", 10));
    first.failure =
        request ->
            request.configId().equals(second.id()) && first.runsPerConfig.get(second.id()) == 2
                ? new CampaignStoppedException("connection lost", null)
                : null;
    run(first, new Recorder());

    FakeCampaign resumed = new FakeCampaign(TWO_FUNCTIONS);
    Recorder recorder = new Recorder();
    CampaignOutcome outcome = run(resumed, recorder);

    assertThat(resumed.runsPerConfig.get(second.id())).isEqualTo(2);
    assertThat(recorder.events).contains("skip a=0 already_indexed", "done a=10");
    assertThat(outcome.complete()).isTrue();
    List<String> rows = lines("results.csv");
    assertThat(rows).hasSize(1 + 15 * 3);
    assertThat(rows.stream().filter(DfaasGeneratorTest::isRowOfA10Alone)).hasSize(3);
    assertThat(first.runsPerConfig.get(second.id()) + resumed.runsPerConfig.get(second.id()))
        .isEqualTo(2 + 2);
  }

  /** A row whose a-columns say rate 10 and whose b-columns are empty. */
  private static boolean isRowOfA10Alone(String row) {
    String[] cells = row.split(",", -1);
    return cells[0].equals("a") && cells[1].equals("10") && cells[9].isEmpty();
  }

  @Test
  void stopsAfterTheGivenNumberOfConfigurations() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);

    CampaignOutcome outcome = run(campaign, new Recorder(), 2);

    assertThat(outcome.ran()).isEqualTo(2);
    assertThat(outcome.stopReason()).contains("--max-configs 2");
  }

  @Test
  void stopsWhenInterruptedAfterK6RanWithoutWritingThatIteration() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);
    int[] reads = {0};
    campaign.whileReadingRunMetrics =
        () -> {
          if (++reads[0] == 4) {
            Thread.currentThread().interrupt();
          }
        };

    CampaignOutcome outcome = run(campaign, new Recorder());

    assertThat(outcome.interrupted()).isTrue();
    assertThat(outcome.stopReason()).startsWith("interrupted");
    assertThat(lines("results.csv")).hasSize(1 + 3);
  }

  @Test
  void stopsWhenInterruptedWithoutWritingThePartialIteration() throws IOException {
    FakeCampaign campaign = new FakeCampaign(TWO_FUNCTIONS);
    Configuration second = Configuration.of(new RatePair("a", 10));
    campaign.failure =
        request -> {
          if (request.configId().equals(second.id())) {
            Thread.currentThread().interrupt();
          }
          return null;
        };

    CampaignOutcome outcome = run(campaign, new Recorder());

    assertThat(outcome.interrupted()).isTrue();
    assertThat(outcome.stopReason()).startsWith("interrupted");
    assertThat(lines("results.csv")).hasSize(1 + 3);
    assertThat(lines("index.csv")).hasSize(1 + 1);
  }

  private static final String ADAPTIVE = TWO_FUNCTIONS + "search: {iterations: adaptive}\n";

  /**
   * A success rate of 0.952 is within 10 % of the node's allowed failure share of 0.05, not below
   * it.
   */
  private static double nearOnlyForA10Alone(org.dfaas.sampler.k6.K6RunRequest request) {
    String text = request.script().text();
    return loads(request, "a") && !loads(request, "b") && text.contains("rate: 10,") ? 0.952 : 1.0;
  }

  @Test
  void adaptiveIterationsRunTheOthersOnlyWhenTheFirstIsNearAThreshold() throws IOException {
    FakeCampaign campaign = new FakeCampaign(ADAPTIVE);
    campaign.outcome = (request, run) -> nearOnlyForA10Alone(request);
    Configuration a10 = Configuration.of(new RatePair("a", 10));

    CampaignOutcome outcome = run(campaign, new Recorder());

    assertThat(outcome.ran()).isEqualTo(15);
    assertThat(campaign.runsPerConfig.get(a10.id())).isEqualTo(3);
    assertThat(campaign.runs).hasSize(13 + 2 * 3);
    assertThat(lines("results.csv")).hasSize(1 + 13 + 2 * 3);
    assertThat(lines("index.csv")).hasSize(1 + 15);
  }

  @Test
  void adaptiveIterationsDecideByTheMajorityOfTheIterationsRun() throws IOException {
    FakeCampaign campaign = new FakeCampaign(ADAPTIVE);
    // a=10 alone: first run near (0.952, not overloaded), then two overloaded runs: 2 of 3.
    // b=10 alone: one far overloaded run (0.5): 1 of 1.
    campaign.outcome =
        (request, run) -> {
          String text = request.script().text();
          boolean alone = !(loads(request, "a") && loads(request, "b"));
          if (alone && loads(request, "a") && text.contains("rate: 10,")) {
            return run == 1 ? 0.952 : 0.5;
          }
          return alone && loads(request, "b") && text.contains("rate: 10,") ? 0.5 : 1.0;
        };
    Recorder recorder = new Recorder();

    run(campaign, recorder);

    assertThat(recorder.events)
        .contains("done a=10 overloaded", "done b=10 overloaded")
        .contains("skip a=20 dominated_by_overload", "skip b=20 dominated_by_overload");
  }

  @Test
  void aResumedAdaptiveConfigurationIsJudgedByItsFirstRowAsTheUninterruptedRunJudgedIt()
      throws IOException {
    // The whole campaign once, then its last index line dropped: as if killed between the row of
    // b=20 alone (far from every threshold) and its index line.
    FakeCampaign first = new FakeCampaign(ADAPTIVE);
    run(first, new Recorder());
    Path index = FakeCampaign.output(dir).resolve("index.csv");
    List<String> indexLines = Files.readAllLines(index);
    assertThat(indexLines.get(indexLines.size() - 1)).isEqualTo("['a', 'b'];[20, 20];results.csv");
    Files.write(index, indexLines.subList(0, indexLines.size() - 1));

    FakeCampaign resumed = new FakeCampaign(ADAPTIVE);
    CampaignOutcome outcome = run(resumed, new Recorder());

    assertThat(resumed.runs).isEmpty();
    assertThat(outcome.ran()).isEqualTo(1);
    assertThat(lines("index.csv")).hasSize(1 + 15).endsWith("['a', 'b'];[20, 20];results.csv");
    assertThat(lines("results.csv")).hasSize(1 + 15);
  }

  @Test
  void aResumedAdaptiveConfigurationNearAThresholdRunsItsRemainingIterations() throws IOException {
    Configuration a10 = Configuration.of(new RatePair("a", 10));
    FakeCampaign first = new FakeCampaign(ADAPTIVE);
    first.outcome = (request, run) -> nearOnlyForA10Alone(request);
    first.failure =
        request ->
            request.configId().equals(a10.id()) && first.runsPerConfig.get(a10.id()) == 2
                ? new CampaignStoppedException("connection lost", null)
                : null;
    run(first, new Recorder());

    FakeCampaign resumed = new FakeCampaign(ADAPTIVE);
    resumed.outcome = (request, run) -> nearOnlyForA10Alone(request);
    CampaignOutcome outcome = run(resumed, new Recorder());

    assertThat(resumed.runsPerConfig.get(a10.id())).isEqualTo(2);
    assertThat(outcome.complete()).isTrue();
    assertThat(lines("results.csv").stream().filter(DfaasGeneratorTest::isRowOfA10Alone))
        .hasSize(3);
  }

  private static final String FRONTIER = TWO_FUNCTIONS + "search: {mode: frontier}\n";

  /** A node that carries 20 requests/s in all: a configuration above that overloads. */
  private static double capacity20(org.dfaas.sampler.k6.K6RunRequest request) {
    int total = 0;
    java.util.regex.Matcher rate =
        java.util.regex.Pattern.compile("\n +rate: ([0-9]+),").matcher(request.script().text());
    while (rate.find()) {
      total += Integer.parseInt(rate.group(1));
    }
    return total > 20 ? 0.5 : 1.0;
  }

  @Test
  void frontierModeClassifiesEveryConfigurationMeasuringOnlySome() throws IOException {
    FakeCampaign campaign = new FakeCampaign(FRONTIER);
    campaign.outcome = (request, run) -> capacity20(request);
    Recorder recorder = new Recorder();

    CampaignOutcome outcome = run(campaign, recorder);

    List<String> frontier = lines("frontier.csv");
    assertThat(frontier.get(0))
        .isEqualTo(
            "config_id,function_a,rate_function_a,function_b,rate_function_b,status,implied_by");
    assertThat(frontier).hasSize(1 + 15).noneMatch(line -> line.contains(",pending,"));
    assertThat(outcome.search().classified()).isEqualTo(15);
    assertThat(outcome.search().measured()).isEqualTo(outcome.ran()).isLessThan(15);
    assertThat(campaign.runs).hasSize((int) outcome.ran() * 3);
    // Only (a=20, b=10), (a=10, b=20) and (a=20, b=20) carry more than 20 requests/s.
    assertThat(frontier.stream().filter(line -> line.contains("overloaded,"))).hasSize(3);
    assertThat(recorder.events.stream().filter(e -> e.endsWith("inferred_ok")))
        .hasSize((int) outcome.search().inferredOk());
    long inferredOverloaded = outcome.search().inferredOverloaded();
    assertThat(lines("skipped.csv")).hasSize(1 + (int) inferredOverloaded);
    assertThat(outcome.skippedDominated()).isEqualTo(inferredOverloaded);
    for (String line : frontier.subList(1, frontier.size())) {
      String[] cells = line.split(",", -1);
      assertThat(cells[6].isEmpty()).as(line).isEqualTo(cells[5].startsWith("measured_"));
    }
  }

  @Test
  void aFrontierCampaignWritesFrontierCsvWhileItRunsWhatIsNotSettledYetPending()
      throws IOException {
    FakeCampaign campaign = new FakeCampaign(FRONTIER);
    campaign.outcome =
        (request, run) -> {
          // Each load runs for half a minute, so frontier.csv is due after each.
          campaign.time.sleep(CampaignSearch.FRONTIER_EVERY);
          return capacity20(request);
        };
    List<List<String>> seen = new ArrayList<>();
    Recorder watcher =
        new Recorder() {
          @Override
          public void configurationFinished(PlanPosition p, Configuration c, boolean overloaded) {
            try {
              seen.add(lines("frontier.csv"));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        };

    run(campaign, watcher);

    // Written once an outcome is in, then whenever 30 s of campaign time have passed.
    assertThat(seen.get(0)).isEmpty();
    assertThat(seen.get(1)).hasSize(1 + 15).anyMatch(line -> line.contains(",pending,"));
    assertThat(seen)
        .anySatisfy(
            midway ->
                assertThat(midway)
                    .anyMatch(line -> line.contains(",measured_"))
                    .anyMatch(line -> line.contains(",pending,")));
    assertThat(lines("frontier.csv")).hasSize(1 + 15).noneMatch(line -> line.contains(",pending,"));
  }

  @Test
  void aFrontierCampaignResumedAfterEveryConfigurationMakesTheUninterruptedChoices()
      throws IOException {
    FakeCampaign whole = new FakeCampaign(FRONTIER);
    whole.outcome = (request, run) -> capacity20(request);
    run(whole, new Recorder());
    List<String> wholeFrontier = lines("frontier.csv");
    List<String> wholeRuns = whole.runs.stream().map(r -> r.configId()).distinct().toList();
    java.nio.file.Files.walk(FakeCampaign.output(dir))
        .sorted(java.util.Comparator.reverseOrder())
        .forEach(p -> p.toFile().delete());

    List<String> resumedRuns = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      FakeCampaign part = new FakeCampaign(FRONTIER);
      part.outcome = (request, run) -> capacity20(request);
      CampaignOutcome outcome = run(part, new Recorder(), 1);
      part.runs.stream().map(r -> r.configId()).distinct().forEach(resumedRuns::add);
      if (outcome.complete()) {
        break;
      }
      assertThat(lines("frontier.csv")).as("written at a clean stop").hasSameSizeAs(wholeFrontier);
    }

    assertThat(resumedRuns).isEqualTo(wholeRuns);
    assertThat(lines("frontier.csv")).isEqualTo(wholeFrontier);
  }

  /** The id of the first configuration a clean frontier campaign measured overloaded. */
  private String firstMeasuredOverloaded() throws IOException {
    FakeCampaign clean = new FakeCampaign(FRONTIER);
    clean.outcome = (request, run) -> capacity20(request);
    run(clean, new Recorder());
    String id =
        lines("frontier.csv").stream()
            .filter(line -> line.contains(",measured_overloaded,"))
            .findFirst()
            .orElseThrow()
            .split(",")[0];
    deleteOutput();
    return id;
  }

  private void deleteOutput() throws IOException {
    try (var paths = java.nio.file.Files.walk(FakeCampaign.output(dir))) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static FakeCampaign frontierFailing(String brokenId) {
    FakeCampaign campaign = new FakeCampaign(FRONTIER);
    campaign.outcome = (request, run) -> capacity20(request);
    campaign.failure =
        request ->
            request.configId().equals(brokenId)
                ? new K6ExecutionException(brokenId, "k6-host", 107, "boom", "k6 failed", null)
                : null;
    return campaign;
  }

  @Test
  void aFailedConfigurationInFrontierModeIsFailedAndImpliesNothing() throws IOException {
    String broken = firstMeasuredOverloaded();

    CampaignOutcome outcome = run(frontierFailing(broken), new Recorder());

    List<String> frontier = lines("frontier.csv");
    assertThat(frontier).hasSize(1 + 15).noneMatch(line -> line.endsWith("," + broken));
    assertThat(frontier)
        .filteredOn(line -> line.startsWith(broken + ","))
        .singleElement()
        .satisfies(line -> assertThat(line).endsWith(",failed,"));
    for (String line : frontier.subList(1, frontier.size())) {
      String[] cells = line.split(",", -1);
      int total =
          (cells[2].isEmpty() ? 0 : Integer.parseInt(cells[2]))
              + (cells[4].isEmpty() ? 0 : Integer.parseInt(cells[4]));
      if (!cells[0].equals(broken)) {
        assertThat(cells[5].endsWith("overloaded")).as(line).isEqualTo(total > 20);
      }
    }
    assertThat(outcome.failed()).isEqualTo(1);
    assertThat(outcome.search().failed()).isEqualTo(1);
    assertThat(outcome.search().classified()).isEqualTo(15);
  }

  @Test
  void aFrontierCampaignResumedAfterAFailureRebuildsTheUninterruptedState() throws IOException {
    String broken = firstMeasuredOverloaded();
    FakeCampaign whole = frontierFailing(broken);
    run(whole, new Recorder());
    List<String> wholeFrontier = lines("frontier.csv");
    List<String> wholeRuns = whole.runs.stream().map(r -> r.configId()).distinct().toList();
    deleteOutput();

    List<String> resumedRuns = new ArrayList<>();
    List<String> skips = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      FakeCampaign part = frontierFailing(broken);
      Recorder recorder = new Recorder();
      CampaignOutcome outcome = run(part, recorder, 1);
      part.runs.stream().map(r -> r.configId()).distinct().forEach(resumedRuns::add);
      skips.addAll(recorder.events);
      if (outcome.stopReason() == null) {
        break;
      }
    }

    assertThat(resumedRuns).isEqualTo(wholeRuns);
    assertThat(lines("frontier.csv")).isEqualTo(wholeFrontier);
    assertThat(lines("failures.csv")).as("tried once").hasSize(2);
    assertThat(skips).anyMatch(e -> e.endsWith(" failed_before"));
  }
}
