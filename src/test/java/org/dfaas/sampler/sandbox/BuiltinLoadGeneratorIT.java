package org.dfaas.sampler.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.StubHttpServer.Reply;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.K6Settings;
import org.dfaas.sampler.config.LoadDuration;
import org.dfaas.sampler.k6.FunctionLoadResult;
import org.dfaas.sampler.k6.K6RunResult;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.k6.K6Script;
import org.dfaas.sampler.k6.ScriptedK6Executor;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;

/**
 * The built-in generator against real loopback servers: arrival accuracy over 10 s, drops when the
 * endpoint stalls, and a summary the k6 summary parser reads. An IT because it measures time: it
 * runs in the failsafe phase, not beside the parallel unit tests.
 */
class BuiltinLoadGeneratorIT {

  private static final K6Settings SETTINGS =
      new K6Settings(
          "127.0.0.1",
          "tester",
          java.nio.file.Path.of("/nonexistent"),
          22,
          "/tmp/unused",
          false,
          List.of(),
          Map.of());

  private static FunctionSpec function(String name) {
    return new FunctionSpec(name, "POST", "hello", Map.of("Content-Type", "text/plain"), null);
  }

  private static K6RunResult run(String gateway, String duration, List<RatePair> pairs) {
    LoadDuration load = LoadDuration.parse(duration).orElseThrow();
    try (BuiltinLoadGenerator generator =
        new BuiltinLoadGenerator(Duration.ofSeconds(10), System::nanoTime)) {
      K6Runner runner = new K6Runner(SETTINGS, gateway, load, generator);
      List<FunctionSpec> functions = pairs.stream().map(pair -> function(pair.function())).toList();
      K6Script script = runner.buildScript(pairs, functions);
      return runner.execute("aaaaaaaaaaaa", script, "node", "run-1");
    }
  }

  @Test
  void sends200PerSecondFor10SecondsWithin1PercentOf2000Requests() throws Exception {
    try (StubHttpServer endpoint = new StubHttpServer(request -> Reply.json(200, "ok"))) {
      List<RatePair> pairs = List.of(new RatePair("fast", 200));

      K6RunResult run = run(endpoint.url(), "10s", pairs);

      assertThat(endpoint.requests()).hasSizeBetween(1980, 2020);
      assertThat(endpoint.requests()).allMatch(r -> r.uri().equals("/function/fast"));
      assertThat(endpoint.requests()).allMatch(r -> r.method().equals("POST"));
      assertThat(endpoint.requests().get(0).body()).isEqualTo("hello");
      SortedMap<String, FunctionLoadResult> results =
          new K6Runner(
                  SETTINGS,
                  endpoint.url(),
                  LoadDuration.parse("10s").orElseThrow(),
                  ScriptedK6Executor.answering(r -> run))
              .parseSummary(run, pairs);
      assertThat(results.get("fast").successRate()).isEqualTo(1.0);
      assertThat(results.get("fast").requestCount()).isEqualTo(endpoint.requests().size());
      assertThat(results.get("fast").avgLatencyMs()).isPositive();
      assertThat(run.summary()).contains("\"dropped_iterations\"").contains("\"p(95)\"");
      assertThat(run.durationSeconds()).isCloseTo(10.0, within(1.5));
    }
  }

  @Test
  void dropsAndCountsArrivalsThatFindEveryInFlightSlotTaken() throws Exception {
    // Every reply stalls 3 s: the first 20 arrivals (1 s at 20/s) take the 20 slots, the next 20
    // of the 2 s run find none free.
    try (StubHttpServer endpoint = new StubHttpServer(request -> new Reply(200, "slow", 3000))) {
      List<RatePair> pairs = List.of(new RatePair("stalled", 20));

      K6RunResult run = run(endpoint.url(), "2s", pairs);

      assertThat(endpoint.requests()).hasSize(20);
      assertThat(run.summary())
          .containsPattern("\"dropped_iterations\" : \\{\\s*\"count\" : 20,")
          .containsPattern("\"request_count_stalled\" : \\{\\s*\"count\" : 20,");
    }
  }

  @Test
  void countsNon2xxRepliesAsFailures() throws Exception {
    try (StubHttpServer endpoint =
        new StubHttpServer(
            request -> Reply.json(request.uri().endsWith("/bad") ? 503 : 200, "x"))) {
      List<RatePair> pairs = List.of(new RatePair("bad", 10), new RatePair("good", 10));

      K6RunResult run = run(endpoint.url(), "1s", pairs);

      SortedMap<String, FunctionLoadResult> results =
          new K6Runner(
                  SETTINGS,
                  endpoint.url(),
                  LoadDuration.parse("1s").orElseThrow(),
                  ScriptedK6Executor.answering(r -> run))
              .parseSummary(run, pairs);
      assertThat(results.get("bad").successRate()).isZero();
      assertThat(results.get("bad").requestCount()).isEqualTo(10);
      assertThat(results.get("good").successRate()).isEqualTo(1.0);
    }
  }
}
