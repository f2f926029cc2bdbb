package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<script>|&lt;script&gt;",
        "a & b|a &amp; b",
        "\"x\" 'y'|&quot;x&quot; &#39;y&#39;",
        "figlet|figlet"
      })
  void escapesMarkupCharacters(String text, String escaped) {
    assertThat(Html.escape(text)).isEqualTo(escaped);
  }

  @ParameterizedTest
  @CsvSource({"NaN, –", "Infinity, –", "1.0005, 1.000", "-0.25, -0.250", "22, 22.000"})
  void writesNumbersWithThreeDecimalsAndMissingOnesAsADash(double value, String text) {
    assertThat(Html.number(value)).isEqualTo(text);
  }
}
