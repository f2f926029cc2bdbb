package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.results.LatencyDetail;
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
}
