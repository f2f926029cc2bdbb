package org.dfaas.sampler.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.dfaas.sampler.Sleeper;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.K6RunRequest;
import org.dfaas.sampler.k6.K6RunResult;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.k6.ScriptedK6Executor;
import org.dfaas.sampler.metrics.MetricsCollector;
import org.dfaas.sampler.metrics.MetricsSource;
import org.dfaas.sampler.metrics.QueryCatalog;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.platform.FaasPlatform;
import org.dfaas.sampler.platform.GatewayException;
import org.dfaas.sampler.results.ResultStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool's coordinator over targets whose parts are fakes; the output folder is real. */
class PoolCampaignTest {

  private static final String CAMPAIGN =
      """
      functions: [{name: b}, {name: a}]
      rate_strategy: {type: custom, rates: [0, 10, 20, 30]}
      combinations: {min_functions: 1, max_functions: 2}
      duration: 1s
      iterations: 2
      """;

  /** Fast backoff: a failing target is retried after 10 ms, dropped after 2 failures. */
  private static final PoolSettings FAST =
      new PoolSettings(2, Duration.ofMillis(10), Duration.ofMillis(40));

  @TempDir Path dir;

  private final SamplerConfig config =
      new ConfigLoader().load("campaign.yaml", CAMPAIGN, List.of()).config();

  /** Which configurations run right now, on which target; fails a test that runs one twice. */
  private final Map<String, String> running = new ConcurrentHashMap<>();

  private final List<String> runs = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> overlaps = ConcurrentHashMap.newKeySet();

  private TargetParts target(String name, Predicate<Integer> dies, AtomicInteger calls) {
    K6Runner k6 =
        K6Runner.fromConfig(
            config,
            ScriptedK6Executor.answering(
                request -> {
                  int call = calls.incrementAndGet();
                  if (dies.test(call)) {
                    throw new GatewayException("target " + name + " is gone", null, null);
                  }
                  if (running.putIfAbsent(request.configId(), name) != null) {
                    overlaps.add(request.configId());
                  }
                  try {
                    Thread.sleep(2);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } finally {
                    running.remove(request.configId());
                  }
                  if (!request.configId().startsWith("warmup-")) {
                    runs.add(request.configId() + "@" + name);
                  }
                  return result(request);
                }));
    MetricsSource source = FakeCampaign.constantMetrics(FakeCampaign::steadyValue);
    MetricsCollector metrics =
        new MetricsCollector(
            QueryCatalog.bundled(false), source, config.duration(), false, Map.of());
    FaasPlatform platform =
        names -> {
          Map<String, Integer> replicas = new HashMap<>();
          names.forEach(n -> replicas.put(n, 1));
          return replicas;
        };
    Sleeper noWait = duration -> {};
    return new TargetParts(
        name,
        k6,
        metrics,
        platform,
        new CooldownManager(
            config.cooldown(), metrics::nodeSnapshot, platform, Clock.systemUTC(), noWait),
        new OverloadEvaluator(config.overload(), 4),
        CampaignListener.NONE,
        TargetParts.Probe.NONE);
  }

  private static K6RunResult result(K6RunRequest request) {
    return FakeCampaign.summary(request, request.script().text().contains("rate: 30") ? 0.1 : 1.0);
  }

  /** Targets status changes, as the progress shows them. */
  private static final class Statuses implements CampaignListener {
    final Map<String, String> last = new HashMap<>();

    @Override
    public void targetChanged(String target, String status) {
      last.put(target, status);
    }
  }

  private CampaignOutcome pool(List<TargetParts> targets, CampaignListener listener, Path out) {
    return pool(config, targets, listener, out);
  }

  private static CampaignOutcome pool(
      SamplerConfig config, List<TargetParts> targets, CampaignListener listener, Path out) {
    try (ResultStore store =
        ResultStore.open(out, List.of("a", "b"), config.output(), targets.size() > 0)) {
      return new DfaasGenerator(
              new CampaignParts(
                  config,
                  new RunIdentity("run-test", "node", 1, 1),
                  Plan.of(config),
                  targets,
                  store,
                  listener,
                  CampaignListener.NONE,
                  Clock.systemUTC(),
                  java.util.Optional.of(FAST),
                  Long.MAX_VALUE))
          .run();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private CampaignOutcome serial(Path out) throws IOException {
    try (ResultStore store = ResultStore.open(out, List.of("a", "b"))) {
      FakeCampaign fake = new FakeCampaign(CAMPAIGN);
      fake.outcome = (request, run) -> request.script().text().contains("rate: 30") ? 0.1 : 1.0;
      return fake.generator(store, CampaignListener.NONE, Long.MAX_VALUE).run();
    }
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
  }

  @Test
  void aTargetThatDiesIsDroppedAndTheOthersFinishEveryConfigurationOnce() throws IOException {
    AtomicInteger dying = new AtomicInteger();
    Statuses statuses = new Statuses();
    CampaignOutcome outcome =
        pool(
            List.of(
                target("node-1", call -> false, new AtomicInteger()),
                target("node-2", call -> call > 3, dying),
                target("node-3", call -> false, new AtomicInteger())),
            statuses,
            dir.resolve("pool"));
    CampaignOutcome alone = serial(dir.resolve("serial"));

    assertThat(outcome.stopReason()).isNull();
    assertThat(outcome.complete()).isTrue();
    assertThat(overlaps).isEmpty();
    assertThat(statuses.last.get("node-2")).startsWith("dropped: target node-2 is gone");
    List<String> index = lines(dir.resolve("pool/index.csv"));
    assertThat(new HashSet<>(index)).hasSameSizeAs(index);
    assertThat(new HashSet<>(index))
        .isEqualTo(new HashSet<>(lines(dir.resolve("serial/index.csv"))));
    assertThat(new HashSet<>(lines(dir.resolve("pool/skipped.csv"))))
        .isEqualTo(new HashSet<>(lines(dir.resolve("serial/skipped.csv"))));
    List<String> rows = lines(dir.resolve("pool/results.csv"));
    assertThat(rows.get(0)).endsWith(",target");
    assertThat(rows).hasSize(lines(dir.resolve("serial/results.csv")).size());
    assertThat(rows.subList(1, rows.size()))
        .allMatch(row -> row.matches(".*,node-[123]"))
        .anyMatch(row -> row.endsWith(",node-1"))
        .anyMatch(row -> row.endsWith(",node-3"));
    assertThat(outcome.ran()).isEqualTo(alone.ran());
    assertThat(runs).hasSize((int) alone.ran() * 2);
  }

  @Test
  void aResumedFrontierPoolFinishesAConfigurationStartedBeforeEvenWhenItsSearchInfersIt()
      throws IOException {
    String pairs = CAMPAIGN.replace("max_functions: 2", "max_functions: 3");
    // a=30 overloads alone, so the frontier infers the pair a=30, b=30 without measuring it.
    SamplerConfig frontier =
        new ConfigLoader()
            .load("campaign.yaml", pairs + "search: {mode: frontier}\n", List.of())
            .config();
    SamplerConfig pairOnly =
        new ConfigLoader()
            .load(
                "campaign.yaml",
                pairs
                    .replace("rates: [0, 10, 20, 30]", "rates: [30]")
                    .replace("min_functions: 1", "min_functions: 2"),
                List.of())
            .config();
    Path out = dir.resolve("pool");
    // A run cut short after the pair's first iteration, as a kill leaves it: every call after it
    // fails, and the target is dropped.
    pool(
        pairOnly,
        List.of(target("node-1", call -> !runs.isEmpty(), new AtomicInteger())),
        CampaignListener.NONE,
        out);
    Predicate<String> pair = row -> row.contains("a,30,") && row.contains("b,30,");
    assertThat(lines(out.resolve("results.csv")).stream().filter(pair))
        .as("the pair's first iteration only")
        .hasSize(1);
    assertThat(lines(out.resolve("index.csv"))).hasSizeLessThanOrEqualTo(1);

    CampaignOutcome resumed =
        pool(
            frontier,
            List.of(
                target("node-1", call -> false, new AtomicInteger()),
                target("node-2", call -> false, new AtomicInteger())),
            CampaignListener.NONE,
            out);

    assertThat(resumed.complete()).isTrue();
    assertThat(overlaps).isEmpty();
    assertThat(lines(out.resolve("results.csv")).stream().filter(pair))
        .as("the pair a=30, b=30 has both its iterations")
        .hasSize(2);
    assertThat(lines(out.resolve("index.csv"))).containsOnlyOnce("['a', 'b'];[30, 30];results.csv");
    assertThat(lines(out.resolve("frontier.csv")))
        .hasSize(1 + 24)
        .noneMatch(line -> line.contains(",pending,"));
  }

  @Test
  void endsResumableWhenNoTargetIsLeft() throws IOException {
    CampaignOutcome outcome =
        pool(
            List.of(
                target("node-1", call -> call > 2, new AtomicInteger()),
                target("node-2", call -> call > 1, new AtomicInteger())),
            CampaignListener.NONE,
            dir.resolve("pool"));

    assertThat(outcome.stopReason()).startsWith("no target is left");
    assertThat(outcome.complete()).isFalse();
    assertThat(lines(dir.resolve("pool/failures.csv"))).isEmpty();

    CampaignOutcome resumed =
        pool(
            List.of(target("node-3", call -> false, new AtomicInteger())),
            CampaignListener.NONE,
            dir.resolve("pool"));
    CampaignOutcome alone = serial(dir.resolve("serial"));

    assertThat(resumed.complete()).isTrue();
    assertThat(resumed.skippedIndexed()).isEqualTo(outcome.ran());
    List<String> index = lines(dir.resolve("pool/index.csv"));
    assertThat(new HashSet<>(index))
        .hasSameSizeAs(index)
        .isEqualTo(new HashSet<>(lines(dir.resolve("serial/index.csv"))));
    assertThat(lines(dir.resolve("pool/results.csv")))
        .hasSize(lines(dir.resolve("serial/results.csv")).size());
  }
}
