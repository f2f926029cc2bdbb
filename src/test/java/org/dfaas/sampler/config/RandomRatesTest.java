package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RandomRatesTest {

  @Test
  void givesTheSameRatesForTheSameSeed() {
    assertThat(new RandomRates(10, 200, 10, 42, true).rates())
        .containsExactly(new RandomRates(10, 200, 10, 42, true).rates());
  }

  @Test
  void givesTheRatesPythonDrawsForASeed() {
    // sorted(random.Random(seed).sample(range(min, max + 1), count)) in Python 3.11: the old
    // tool's later versions' draw. A change means a seeded campaign would plan other rates.
    assertThat(new RandomRates(10, 200, 10, 42, true).rates())
        .containsExactly(16, 36, 38, 45, 67, 72, 80, 173, 198, 199);
    assertThat(new RandomRates(0, Integer.MAX_VALUE, 5, 0, true).rates())
        .containsExactly(173879092, 1112038970, 1654615998, 1806341205, 2087043557);
    assertThat(new RandomRates(1, 30, 29, -7, true).rates())
        .containsExactly(IntStream.rangeClosed(1, 30).filter(r -> r != 22).toArray());
  }

  @Test
  void givesOtherRatesForAnotherSeed() {
    assertThat(new RandomRates(10, 200, 10, 1, true).rates())
        .isNotEqualTo(new RandomRates(10, 200, 10, 2, true).rates());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {0, 1, 42, -7, Long.MAX_VALUE})
  void drawsDistinctSortedRatesWithinTheRange(long seed) {
    int[] rates = new RandomRates(10, 200, 25, seed, true).rates();

    assertThat(rates).hasSize(25).isSorted().doesNotHaveDuplicates();
    assertThat(IntStream.of(rates)).allSatisfy(r -> assertThat(r).isBetween(10, 200));
  }

  @ParameterizedTest(name = "{0}..{1} count {2}")
  @CsvSource({"10, 20, 11", "10, 20, 50", "5, 5, 1", "0, 3, 4"})
  void givesTheWholeRangeWhenTheCountCoversIt(int min, int max, int count) {
    assertThat(new RandomRates(min, max, count, 3, true).rates())
        .containsExactly(IntStream.rangeClosed(min, max).toArray());
  }

  @Test
  void drawsFromTheWidestRangeOfRates() {
    int[] rates = new RandomRates(0, Integer.MAX_VALUE, 5, 7, true).rates();

    assertThat(rates).hasSize(5).isSorted().doesNotHaveDuplicates();
    assertThat(Arrays.stream(rates)).allSatisfy(r -> assertThat(r).isNotNegative());
  }

  @ParameterizedTest(name = "{0}..{1} count {2} → problem at {3}")
  @CsvSource({"-1, 10, 1, r.min_rate", "10, 5, 1, r.max_rate", "0, 10, 0, r.count"})
  void namesTheKeyOfEachProblem(int min, int max, int count, String path) {
    assertThat(new RandomRates(min, max, count, 0, false).validate("r"))
        .singleElement()
        .extracting(ConfigProblem::path)
        .isEqualTo(path);
  }
}
