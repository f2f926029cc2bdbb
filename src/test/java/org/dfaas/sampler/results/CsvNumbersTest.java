package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvNumbersTest {

  private Locale saved;

  @BeforeEach
  void useALocaleWithADecimalComma() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.ITALY);
  }

  @AfterEach
  void restoreTheLocale() {
    Locale.setDefault(saved);
  }

  // Every expectation is Python 3's '%.3f' % x for the same double.
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2.675, 2.675",
    "0.0005, 0.001",
    "1.0005, 1.000",
    "-0.0004, -0.000",
    "-0.0005, -0.001",
    "-0.0, -0.000",
    "0.0, 0.000",
    "1e20, 100000000000000000000.000",
    "0.1235, 0.123",
    "0.1245, 0.124",
    "0.0625, 0.062",
    "0.1875, 0.188",
    "0.3125, 0.312",
    "2.0625, 2.062",
    "-2.0625, -2.062",
    "1234567.0625, 1234567.062",
    "999.9995, 1000.000",
    "0.0015, 0.002",
    "1234.5675, 1234.568",
    "123.4567, 123.457",
    "0.9999, 1.000",
    "1e-10, 0.000",
    "5e-324, 0.000",
    "42, 42.000",
    "-1.5, -1.500",
    "123456789.123456, 123456789.123",
  })
  void writesThreeDecimalsAsPythonDoes(double value, String python) {
    assertThat(CsvNumbers.decimal(value)).isEqualTo(python);
  }

  @Test
  void writesNumbersWithAPointUnderAnItalianLocale() {
    assertThat(String.format("%.3f", 1.5)).as("the locale is in effect").isEqualTo("1,500");
    assertThat(CsvNumbers.decimal(1.5)).isEqualTo("1.500");
    assertThat(CsvNumbers.integer(1_234_567)).isEqualTo("1234567");
    assertThat(CsvNumbers.truncated(1234.9)).isEqualTo("1234");
  }

  @Test
  void writesSpecialValuesAsPythonDoes() {
    assertThat(CsvNumbers.decimal(Double.NaN)).isEqualTo("nan");
    assertThat(CsvNumbers.decimal(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(CsvNumbers.decimal(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
  }

  // Python 3's int(x).
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "153.87, 153",
    "2.9999, 2",
    "-12.9, -12",
    "-0.5, 0",
    "0.0, 0",
    "1e20, 100000000000000000000",
  })
  void truncatesLatencyTowardZero(double value, String python) {
    assertThat(CsvNumbers.truncated(value)).isEqualTo(python);
  }

  @Test
  void writesAnUnknownLatencyAsNan() {
    assertThat(CsvNumbers.truncated(Double.NaN)).isEqualTo("nan");
  }

  @Test
  void writesFlagsAsZeroOrOne() {
    assertThat(CsvNumbers.flag(true)).isEqualTo("1");
    assertThat(CsvNumbers.flag(false)).isEqualTo("0");
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({
    "1, 1",
    "-1.5, -1.5",
    "+2, 2",
    "1., 1",
    ".5, 0.5",
    "1e3, 1000",
    "2.5E-1, 0.25",
    "-0.000, -0.0",
    "nan, NaN",
    "NaN, NaN",
    "inf, Infinity",
    "-Infinity, -Infinity"
  })
  void parsesWhatPythonAndThisToolWrite(String text, double expected) {
    assertThat(Double.valueOf(CsvNumbers.parse(text))).isEqualTo(Double.valueOf(expected));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {"", ".", "-", "e3", "1e", "1e+", "0x10", "1d", "1f", "1.2.3", " 1", "1_000", "١"})
  void refusesWhatIsNotADecimal(String text) {
    assertThatThrownBy(() -> CsvNumbers.parse(text))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("not a number");
  }
}
