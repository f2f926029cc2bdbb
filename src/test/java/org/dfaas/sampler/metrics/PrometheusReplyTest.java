package org.dfaas.sampler.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value of each result type (compat §9) and the shapes that are refused. */
class PrometheusReplyTest {

  private static Double value(String data) throws Exception {
    return PrometheusReply.value(new ObjectMapper().readTree(data));
  }

  @Test
  void aScalarIsItsValue() throws Exception {
    assertThat(value("{\"resultType\":\"scalar\",\"result\":[1,\"2.5\"]}")).isEqualTo(2.5);
  }

  @Test
  void aSeriesWithoutPointsIsEmpty() throws Exception {
    assertThat(value("{\"resultType\":\"matrix\",\"result\":[{\"values\":[]}]}")).isNull();
  }

  @Test
  void aNanPointMakesTheMeanNan() throws Exception {
    assertThat(
            value("{\"resultType\":\"matrix\",\"result\":[{\"values\":[[1,\"1\"],[2,\"NaN\"]]}]}"))
        .isNaN();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"resultType\":\"string\",\"result\":[1,\"a\"]}|unsupported resultType",
        "{\"resultType\":\"vector\",\"result\":{}}|not a list",
        "{\"resultType\":\"vector\",\"result\":[{\"value\":[1,\"x\"]}]}|not a number",
        "{\"resultType\":\"matrix\",\"result\":[{\"values\":{}}]}|not a list"
      })
  void refusesOddShapes(String data, String message) {
    assertThatThrownBy(() -> value(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"a\\b|a\\\\b", "a\"b|a\\\"b", "tab\there|tab\\there", "plain.name-1|plain.name-1"})
  void escapesForAPromQlStringLiteral(String raw, String escaped) {
    assertThat(PromQlStrings.escape(raw.replace("\\t", "\t"))).isEqualTo(escaped);
  }

  @Test
  void escapesLineBreaks() {
    assertThat(PromQlStrings.escape("a\nb\rc")).isEqualTo("a\\nb\\rc");
  }
}
