package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;

/** The parser on its own, as a tool reading summaries kept in an output folder would use it. */
class K6SummaryParserTest {

  private final K6SummaryParser parser = new K6SummaryParser();

  @Test
  void namesTheSourceItWasGivenInItsErrors() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    "summaries/summary-9119962e05b1-iter1-rep1.json",
                    "{}",
                    Map.of("env", "env"),
                    List.of(new RatePair("env", 1))))
        .isInstanceOf(K6SummaryException.class)
        .hasMessageContaining("summaries/summary-9119962e05b1-iter1-rep1.json");
  }

  @Test
  void readsMetricsUnderTheIdsItIsGivenNotUnderTheFunctionNames() {
    String summary =
        "{\"metrics\": {\"success_rate_a_b_2\": {\"value\": 0.25},"
            + " \"latency_a_b_2\": {\"avg\": 8}, \"request_count_a_b_2\": {\"count\": 4}}}";

    assertThat(
            parser.parse(
                "config x", summary, Map.of("a.b", "a_b_2"), List.of(new RatePair("a.b", 2))))
        .containsExactly(
            Map.entry(
                "a.b",
                new FunctionLoadResult(
                    0.25, 8.0, 4.0, new LatencyDetail(8, Double.NaN, Double.NaN, Double.NaN))));
  }

  @Test
  void refusesAFunctionWithoutAMetricId() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    "config x", "{\"metrics\": {}}", Map.of(), List.of(new RatePair("env", 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("env");
  }

  @Test
  void readsBackTheLatencyTrendsUnderTheIdsTheScriptAssignedByTheSortedNames() {
    // a-b and a.b both become a_b; the second in name order gets the suffix of its position.
    String summary =
        "{\"metrics\": {\"latency_a_b\": {\"values\": {\"avg\": 5, \"med\": 4, \"p(90)\": 7,"
            + " \"p(95)\": 9}}, \"latency_a_b_2\": {\"avg\": 1, \"med\": 1}}}";

    assertThat(parser.latencies("saved", summary, List.of("a-b", "a.b", "idle")))
        .containsExactly(
            Map.entry("a-b", new LatencyDetail(5, 4, 7, 9)),
            Map.entry("a.b", new LatencyDetail(1, 1, Double.NaN, Double.NaN)),
            Map.entry("idle", LatencyDetail.ABSENT));
  }
}
