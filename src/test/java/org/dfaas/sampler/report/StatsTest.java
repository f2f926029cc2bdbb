package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsTest {

  @ParameterizedTest(name = "t(0.975, {0}) = {1}")
  @CsvSource({"1, 12.7062", "2, 4.3027", "3, 3.1824", "4, 2.7764", "10, 2.2281", "30, 2.0423"})
  void theTQuantileMatchesTheTextbookTable(int degreesOfFreedom, double expected) {
    assertThat(Stats.tQuantile(degreesOfFreedom)).isCloseTo(expected, within(5e-4));
  }

  @Test
  void computesMeanStandardDeviationAndStudentInterval() {
    Stats stats = Stats.of(13, 15, 17);

    assertThat(stats.n()).isEqualTo(3);
    assertThat(stats.mean()).isEqualTo(15.0);
    assertThat(stats.sd()).isCloseTo(2.0, within(1e-12));
    // 15 ± 4.302653 × 2 / √3
    assertThat(stats.low()).isCloseTo(10.031724, within(1e-5));
    assertThat(stats.high()).isCloseTo(19.968276, within(1e-5));
  }

  @Test
  void leavesMissingValuesOutInsteadOfCountingThemAsZero() {
    Stats stats = Stats.of(0.1, Double.NaN, 0.3);

    assertThat(stats.n()).isEqualTo(2);
    assertThat(stats.mean()).isCloseTo(0.2, within(1e-12));
    assertThat(stats.high() - stats.mean()).isCloseTo(12.7062 * 0.1, within(1e-3));
  }

  @Test
  void hasNoIntervalWithOneValueAndNoMeanWithNone() {
    assertThat(Stats.of(4).hasInterval()).isFalse();
    assertThat(Stats.of(4).mean()).isEqualTo(4.0);
    assertThat(Stats.of(Double.NaN).n()).isZero();
    assertThat(Stats.of(Double.NaN).mean()).isNaN();
  }
}
