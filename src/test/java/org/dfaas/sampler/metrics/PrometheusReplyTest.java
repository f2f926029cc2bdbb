package org.dfaas.sampler.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
  void anInstantQueryAddsTheValuesOfItsSeries() throws Exception {
    assertThat(
            value(
                "{\"resultType\":\"vector\",\"result\":["
                    + "{\"metric\":{\"pod\":\"a\"},\"value\":[1,\"100\"]},"
                    + "{\"metric\":{\"pod\":\"b\"},\"value\":[1,\"23.5\"]}]}"))
        .isEqualTo(123.5);
  }

  @Test
  void anEmptyVectorIsEmpty() throws Exception {
    assertThat(value("{\"resultType\":\"vector\",\"result\":[]}")).isNull();
  }

  @Test
  void aRangeQueryAveragesThePointwiseSumOfItsSeries() throws Exception {
    // Sums per time: 10+1, 20+2 → mean 16.5.
    assertThat(
            value(
                "{\"resultType\":\"matrix\",\"result\":["
                    + "{\"values\":[[10,\"10\"],[20,\"20\"]]},"
                    + "{\"values\":[[10,\"1\"],[20,\"2\"]]}]}"))
        .isEqualTo(16.5);
  }

  @Test
  void seriesOfDifferentLengthsAreAlignedOnTheirTimestamps() throws Exception {
    // A replica that appeared at t=20.5: sums 10, 20+2, 30+3 → mean 65/3. Taking points by
    // position would add 2 to t=10 and 3 to t=20.5 instead.
    assertThat(
            value(
                "{\"resultType\":\"matrix\",\"result\":["
                    + "{\"values\":[[10,\"10\"],[20.5,\"20\"],[31,\"30\"]]},"
                    + "{\"values\":[[20.5,\"2\"],[31,\"3\"]]}]}"))
        .isCloseTo(65.0 / 3, within(1e-12));
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
