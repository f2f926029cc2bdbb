package org.dfaas.sampler.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DominanceIndexTest {

  private static Configuration ab(int a, int b) {
    return Configuration.of(new RatePair("a", a), new RatePair("b", b));
  }

  @ParameterizedTest(name = "overloaded a=10,b=10 → a={0},b={1} dominated: {2}")
  @CsvSource({
    "20, 10, true",
    "10, 20, true",
    "20, 20, true",
    "10, 10, false",
    "0, 10, false",
    "10, 0, false",
    "0, 0, false",
    "0, 30, false",
    "30, 0, false",
  })
  void skipsConfigurationsAskingAtLeastAsMuchAsAnOverloadedOne(int a, int b, boolean dominated) {
    DominanceIndex index = new DominanceIndex();
    index.addOverloaded(ab(10, 10));

    assertThat(index.isDominated(ab(a, b))).isEqualTo(dominated);
  }

  @Test
  void anOverloadedConfigurationDoesNotDominateItself() {
    DominanceIndex index = new DominanceIndex();
    index.addOverloaded(ab(10, 10));
    index.addOverloaded(ab(0, 30));

    assertThat(index.isDominated(ab(10, 10))).isFalse();
    assertThat(index.isDominated(ab(0, 30))).isFalse();
  }

  @Test
  void anOverloadedConfigurationIsDominatedByALowerOverloadedOne() {
    DominanceIndex index = new DominanceIndex();
    index.addOverloaded(ab(20, 20));
    index.addOverloaded(ab(10, 10));

    assertThat(index.isDominated(ab(20, 20))).isTrue();
    assertThat(index.minimalCount()).isEqualTo(1);
  }

  @Test
  void keepsEachFunctionSetApart() {
    DominanceIndex index = new DominanceIndex();
    index.addOverloaded(Configuration.of(new RatePair("a", 10)));

    assertThat(index.isDominated(Configuration.of(new RatePair("a", 20)))).isTrue();
    assertThat(index.isDominated(ab(20, 0))).isFalse();
    assertThat(index.isDominated(Configuration.of(new RatePair("b", 20)))).isFalse();
  }

  @Test
  void dominatesNothingWhenEmpty() {
    assertThat(new DominanceIndex().isDominated(ab(100, 100))).isFalse();
  }

  @Test
  void keepsOnlyTheMinimalOverloadedConfigurations() {
    DominanceIndex index = new DominanceIndex();
    index.addOverloaded(ab(30, 30));
    index.addOverloaded(ab(20, 40));
    index.addOverloaded(ab(30, 30));
    index.addOverloaded(ab(10, 30));
    index.addOverloaded(ab(40, 0));

    // [10,30] replaces [30,30] and [20,40]; [40,0] is incomparable with it.
    assertThat(index.minimalCount()).isEqualTo(2);
  }

  @Test
  void refusesRatesThatDoNotMatchTheNames() {
    assertThatThrownBy(() -> new DominanceIndex().isDominated(List.of("a", "b"), new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2024, 7_777})
  void answersLikeAScanOfEveryOverloadedConfiguration(long seed) {
    Random random = new Random(seed);
    List<List<String>> sets = List.of(List.of("a"), List.of("a", "b"), List.of("a", "b", "c"));
    DominanceIndex index = new DominanceIndex();
    List<List<String>> addedNames = new ArrayList<>();
    List<int[]> addedRates = new ArrayList<>();
    for (int step = 0; step < 3_000; step++) {
      List<String> names = sets.get(random.nextInt(sets.size()));
      int[] rates = random.ints(names.size(), 0, 7).map(r -> r * 10).toArray();
      if (random.nextInt(4) == 0) {
        index.addOverloaded(names, rates);
        addedNames.add(names);
        addedRates.add(rates);
      } else {
        boolean expected = bruteForce(addedNames, addedRates, names, rates);
        assertThat(index.isDominated(names, rates)).isEqualTo(expected);
        assertThat(index.isDominated(set(names, rates))).isEqualTo(expected);
      }
    }
  }

  private static boolean bruteForce(
      List<List<String>> addedNames, List<int[]> addedRates, List<String> names, int[] rates) {
    for (int i = 0; i < addedNames.size(); i++) {
      if (!addedNames.get(i).equals(names)) {
        continue;
      }
      int[] other = addedRates.get(i);
      boolean allBelow = true;
      boolean strict = false;
      for (int d = 0; d < rates.length; d++) {
        allBelow &= other[d] <= rates[d];
        strict |= other[d] < rates[d];
      }
      if (allBelow && strict) {
        return true;
      }
    }
    return false;
  }

  private static Configuration set(List<String> names, int[] rates) {
    return new FunctionSet(0, names).configuration(rates);
  }
}
