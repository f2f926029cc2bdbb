package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExponentialRatesTest {

  @ParameterizedTest(name = "{0}^{1}..{0}^{2} ≤ {3} → {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "2 | 0 | 8 | none | 1 2 4 8 16 32 64 128 256",
        "2 | 0 | 8 | 100 | 1 2 4 8 16 32 64",
        "2 | 0 | 8 | 64 | 1 2 4 8 16 32 64",
        "3 | 1 | 10 | 100 | 3 9 27 81",
        "10 | 2 | 3 | none | 100 1000",
        "2 | 30 | 30 | none | 1073741824",
        "5 | 0 | 40 | 30 | 1 5 25",
      })
  void takesThePowersUpToTheMaxRate(
      int base, int minPower, int maxPower, Integer maxRate, String rates) {
    int[] expected = Arrays.stream(rates.split(" ")).mapToInt(Integer::parseInt).toArray();
    ExponentialRates strategy = new ExponentialRates(base, minPower, maxPower, maxRate);

    assertThat(strategy.validate("r")).isEmpty();
    assertThat(strategy.rates()).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}^{1}..{0}^{2} ≤ {3} → problem at {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "1 | 0 | 8 | none | r.base",
        "2 | -1 | 8 | none | r.min_power",
        "2 | 5 | 4 | none | r.max_power",
        "2 | 0 | 8 | 0 | r.max_rate",
        "2 | 0 | 31 | none | r.max_power",
        "2 | 31 | 40 | 5 | r.min_power",
        "2 | 5 | 8 | 10 | r.max_rate",
      })
  void namesTheKeyOfEachProblem(
      int base, int minPower, int maxPower, Integer maxRate, String path) {
    assertThat(new ExponentialRates(base, minPower, maxPower, maxRate).validate("r"))
        .singleElement()
        .extracting(ConfigProblem::path)
        .isEqualTo(path);
  }

  @Test
  void refusesAMaxRateBelowEveryPowerRatherThanPlanningNothing() {
    ExponentialRates strategy = new ExponentialRates(2, 5, 8, 10);

    assertThat(strategy.validate("rate_strategy"))
        .extracting(ConfigProblem::toString)
        .containsExactly("rate_strategy.max_rate: must be ≥ the lowest rate 2^5 = 32, got 10");
  }
}
