package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link K6Runner#parseSummary}: the summary rules of compat §5. */
class K6RunnerSummaryTest {

  private static final List<RatePair> PAIRS =
      List.of(new RatePair("figlet", 20), new RatePair("env", 0), new RatePair("qrcode-go", 10));

  private final K6Runner runner =
      new K6Runner(
          Fixtures.SETTINGS,
          Fixtures.GATEWAY,
          Fixtures.DURATION,
          ScriptedK6Executor.never("parsing runs nothing"));
  private final K6Script script = runner.buildScript(PAIRS, Fixtures.FUNCTIONS);

  @ParameterizedTest
  @ValueSource(strings = {"summary-export-legacy.json", "summary-handle-summary.json"})
  void k6RunnerParsesSummary(String fixture) {
    SortedMap<String, FunctionLoadResult> results =
        runner.parseSummary(run(Fixtures.read(fixture)), PAIRS);

    assertThat(results.keySet()).containsExactly("env", "figlet", "qrcode-go");
    FunctionLoadResult figlet = results.get("figlet");
    assertThat(figlet.successRate()).isCloseTo(0.9933333333333333, within(1e-15));
    assertThat(figlet.avgLatencyMs()).isEqualTo(55.25);
    assertThat(figlet.requestCount()).isEqualTo(600.0);
    assertThat(figlet.latency()).isEqualTo(new LatencyDetail(55.25, 31.0, 120.4, 190.7));
    assertThat(results.get("qrcode-go"))
        .isEqualTo(
            new FunctionLoadResult(1.0, 14.6, 300.0, new LatencyDetail(14.6, 12.1, 24.3, 30.2)));
    assertThat(results.get("env")).isEqualTo(FunctionLoadResult.IDLE);
    assertThat(results.get("env").latency()).isEqualTo(LatencyDetail.ABSENT);
  }

  @ParameterizedTest
  @CsvSource({"summary-export-legacy.json, 2", "summary-handle-summary.json, 0"})
  void readsDroppedIterationsZeroWhenTheSummaryHasNone(String fixture, long dropped) {
    assertThat(runner.readSummary(run(Fixtures.read(fixture)), PAIRS).droppedIterations())
        .isEqualTo(dropped);
    assertThat(
            runner
                .readSummary(
                    run(summary("\"dropped_iterations\": {\"values\": {\"count\": 7}}")), List.of())
                .droppedIterations())
        .isEqualTo(7);
  }

  @Test
  void readsTheSummaryOnceIntoItsResultsAndTheIndentedTextTheFolderKeeps() {
    K6RunResult run = run("{\"metrics\":{\"dropped_iterations\":{\"count\":3,\"rate\":0.1}}}");

    K6Summary summary = runner.readSummary(run, List.of(new RatePair("env", 0)));

    assertThat(summary.functions()).containsOnlyKeys("env");
    assertThat(summary.droppedIterations()).isEqualTo(3);
    assertThat(summary.indentedJson())
        .isEqualTo(
            "{\n"
                + "  \"metrics\" : {\n"
                + "    \"dropped_iterations\" : {\n"
                + "      \"count\" : 3,\n"
                + "      \"rate\" : 0.1\n"
                + "    }\n"
                + "  }\n"
                + "}\n");
  }

  @Test
  void aPercentileLeftOutBySummaryTrendStatsIsNanNotAnError() {
    String text =
        summary(
            "\"success_rate_env\": {\"value\": 1},"
                + " \"latency_env\": {\"avg\": 3, \"med\": 2},"
                + " \"request_count_env\": {\"count\": 5}");
    List<RatePair> env = List.of(new RatePair("env", 10));

    FunctionLoadResult result =
        runner
            .parseSummary(
                new K6RunResult(text, runner.buildScript(env, Fixtures.FUNCTIONS), "c0ffee", 30),
                env)
            .get("env");

    assertThat(result.latency().medMs()).isEqualTo(2);
    assertThat(result.latency().p90Ms()).isNaN();
    assertThat(result.latency().p95Ms()).isNaN();
  }

  @Test
  void readsTheRequestRateWhenACounterHasNoCount() {
    String legacy =
        summary(
            "\"success_rate_env\": {\"value\": 0.5},"
                + " \"latency_env\": {\"avg\": 3},"
                + " \"request_count_env\": {\"rate\": 9.5}");
    String handleSummary =
        summary(
            "\"success_rate_env\": {\"values\": {\"rate\": 0.5}},"
                + " \"latency_env\": {\"values\": {\"avg\": 3}},"
                + " \"request_count_env\": {\"values\": {\"rate\": 9.5}}");
    List<RatePair> env = List.of(new RatePair("env", 10));
    K6Script envScript = runner.buildScript(env, Fixtures.FUNCTIONS);

    for (String text : List.of(legacy, handleSummary)) {
      assertThat(runner.parseSummary(new K6RunResult(text, envScript, "c0ffee", 30), env))
          .containsExactly(
              Map.entry(
                  "env",
                  new FunctionLoadResult(
                      0.5, 3.0, 9.5, new LatencyDetail(3, Double.NaN, Double.NaN, Double.NaN))));
    }
  }

  @Test
  void readsTheMetricsOfAFunctionAtRateZeroWhenTheyArePresent() {
    String text =
        summary(
            "\"success_rate_env\": {\"value\": 0},"
                + " \"latency_env\": {\"avg\": 7},"
                + " \"request_count_env\": {\"count\": 1}");
    List<RatePair> env = List.of(new RatePair("env", 0));

    assertThat(
            runner.parseSummary(
                new K6RunResult(text, runner.buildScript(env, Fixtures.FUNCTIONS), "c0ffee", 30),
                env))
        .containsEntry(
            "env",
            new FunctionLoadResult(
                0.0, 7.0, 1.0, new LatencyDetail(7, Double.NaN, Double.NaN, Double.NaN)));
  }

  @Test
  void refusesASummaryMissingAMetricOfALoadedFunctionNamingFunctionAndMetric() {
    String text =
        Fixtures.read("summary-export-legacy.json").replace("\"latency_qrcode_go\"", "\"other\"");

    assertThatThrownBy(() -> runner.parseSummary(run(text), PAIRS))
        .isInstanceOf(K6SummaryException.class)
        .hasMessageContaining("config 9119962e05b1")
        .hasMessageContaining("function qrcode-go")
        .hasMessageContaining("\"latency_qrcode_go\"")
        .hasMessageNotContaining("figlet");
  }

  @Test
  void namesEveryMissingMetricAtOnce() {
    assertThatThrownBy(() -> runner.parseSummary(run(summary("")), PAIRS))
        .isInstanceOf(K6SummaryException.class)
        .hasMessageContaining("\"success_rate_figlet\"")
        .hasMessageContaining("\"latency_figlet\"")
        .hasMessageContaining("\"request_count_qrcode_go\"")
        .hasMessageNotContaining("_env\"");
  }

  @Test
  void refusesAMetricOfALoadedFunctionWithoutItsNumber() {
    String text =
        Fixtures.read("summary-handle-summary.json")
            .replace("{\"count\": 600, \"rate\": 19.99}", "{}");

    assertThatThrownBy(() -> runner.parseSummary(run(text), PAIRS))
        .isInstanceOf(K6SummaryException.class)
        .hasMessageContaining("function figlet")
        .hasMessageContaining("\"request_count_figlet\" has no number values.count or values.rate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"metrics\": []}", "{\"metrics\": null}", "[]", "null"})
  void refusesASummaryWithoutAMetricsMap(String text) {
    assertThatThrownBy(() -> runner.parseSummary(run(text), PAIRS))
        .isInstanceOf(K6SummaryException.class)
        .hasMessageContaining("config 9119962e05b1")
        .hasMessageContaining("no \"metrics\" map")
        .satisfies(
            e ->
                assertThat(((K6SummaryException) e).exitCode())
                    .isEqualTo(ExitCode.RUNTIME_FAILURE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  \n",
        "k6: command not found",
        "{\"metrics\": {",
        "{\"metrics\": {}} trailing"
      })
  void refusesASummaryThatIsNotJson(String text) {
    assertThatThrownBy(() -> runner.parseSummary(run(text), PAIRS))
        .isInstanceOf(K6SummaryException.class)
        .hasMessageContaining("config 9119962e05b1")
        .hasMessageContaining("not JSON");
  }

  private K6RunResult run(String summary) {
    return new K6RunResult(summary, script, "9119962e05b1", 30.2);
  }

  private static String summary(String metrics) {
    return "{\"metrics\": {" + metrics + "}}";
  }
}
