package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomRatesTest {

  @Test
  void sortsTheListedRatesAndDropsDuplicates() {
    CustomRates strategy = new CustomRates(List.of(50, 0, 10, 50, 5));

    assertThat(strategy.rates()).containsExactly(0, 5, 10, 50);
    assertThat(strategy.lowestRate()).isZero();
    assertThat(strategy.type()).isEqualTo("custom");
  }

  @Test
  void keepsItsOwnCopyOfTheList() {
    List<Integer> listed = new ArrayList<>(List.of(30, 20));
    CustomRates strategy = new CustomRates(listed);
    listed.add(10);

    assertThat(strategy.rates()).containsExactly(20, 30);
  }

  @Test
  void refusesAnEmptyList() {
    assertThat(new CustomRates(List.of()).validate("rate_strategy"))
        .extracting(ConfigProblem::path)
        .containsExactly("rate_strategy.rates");
  }

  @Test
  void namesEachNegativeRateByItsIndex() {
    assertThat(new CustomRates(List.of(10, -1, 20, -5)).validate("rate_strategy"))
        .extracting(ConfigProblem::toString)
        .containsExactly(
            "rate_strategy.rates[1]: must be ≥ 0, got -1",
            "rate_strategy.rates[3]: must be ≥ 0, got -5");
  }
}
