package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinearRatesTest {

  @ParameterizedTest(name = "{0}..{1} step {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | 50 | 10 | 0 10 20 30 40 50",
        "0 | 55 | 10 | 0 10 20 30 40 50",
        "5 | 5 | 3 | 5",
        "7 | 20 | 7 | 7 14",
        "1 | 4 | 1 | 1 2 3 4",
      })
  void stepsFromMinToMaxIncludingBothEndsWhenReached(int min, int max, int step, String rates) {
    int[] expected = Arrays.stream(rates.split(" ")).mapToInt(Integer::parseInt).toArray();

    assertThat(new LinearRates(min, max, step).rates()).containsExactly(expected);
  }

  @Test
  void defaultsToZeroToTwoHundredInStepsOfTen() {
    int[] rates = LinearRates.DEFAULT.rates();

    assertThat(rates).hasSize(21).startsWith(0, 10).endsWith(190, 200);
    assertThat(LinearRates.DEFAULT.type()).isEqualTo("linear");
    assertThat(LinearRates.DEFAULT.lowestRate()).isZero();
  }

  @Test
  void reachesTheLargestRateWithoutOverflowing() {
    int max = Integer.MAX_VALUE;

    assertThat(new LinearRates(max - 20, max, 10).rates()).containsExactly(max - 20, max - 10, max);
  }

  @ParameterizedTest(name = "{0}..{1} step {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "-1 | 10 | 1 | r.min_rate",
        "10 | 5 | 1 | r.max_rate",
        "0 | 10 | 0 | r.step",
        "0 | 10 | -5 | r.step",
      })
  void namesTheKeyOfEachProblem(int min, int max, int step, String path) {
    assertThat(new LinearRates(min, max, step).validate("r"))
        .singleElement()
        .extracting(ConfigProblem::path)
        .isEqualTo(path);
  }

  @Test
  void listsEveryProblemAtOnce() {
    assertThat(new LinearRates(-1, -5, 0).validate("rates")).hasSize(3);
  }
}
