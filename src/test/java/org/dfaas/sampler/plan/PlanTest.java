package org.dfaas.sampler.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dfaas.sampler.plan.PlanFixtures.function;
import static org.dfaas.sampler.plan.PlanFixtures.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dfaas.sampler.config.Combinations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanTest {

  private static List<String> described(Plan plan) {
    return plan.stream().map(c -> "[" + c.describe() + "]").toList();
  }

  @Test
  void ordersTheCompatExampleByNameThenSizeThenRatesWithTheLastFunctionFastest() {
    Plan plan = Plan.of(functions("b", "a"), new int[] {0, 10}, new Combinations(1, 3));

    assertThat(described(plan))
        .containsExactly(
            "[a=0]",
            "[a=10]",
            "[b=0]",
            "[b=10]",
            "[a=0, b=0]",
            "[a=0, b=10]",
            "[a=10, b=0]",
            "[a=10, b=10]");
    assertThat(plan.size()).isEqualTo(8);
  }

  @Test
  void dropsTheRatesAboveAFunctionsOwnMaxRate() {
    Plan plan =
        Plan.of(
            List.of(function("a", 10), function("b")),
            new int[] {0, 10, 20},
            new Combinations(1, 3));

    assertThat(plan.ratesOf("a")).containsExactly(0, 10);
    assertThat(plan.ratesOf("b")).containsExactly(0, 10, 20);
    assertThat(plan.size()).isEqualTo(11);
    assertThat(plan.stream().count()).isEqualTo(11);
    assertThat(plan.stream().filter(c -> c.rateOf("a") > 10)).isEmpty();
  }

  @Test
  void takesCombinationsOfEachSizeInLexicographicOrder() {
    Plan plan = Plan.of(functions("c", "a", "d", "b"), new int[] {5}, new Combinations(1, 5));

    List<String> sets = plan.stream().map(c -> String.join("", c.functionNames())).toList();

    assertThat(sets)
        .containsExactly(
            "a", "b", "c", "d", "ab", "ac", "ad", "bc", "bd", "cd", "abc", "abd", "acd", "bcd",
            "abcd");
  }

  @Test
  void sortsNamesInPlainStringOrder() {
    Plan plan = Plan.of(functions("a2", "B", "a10", "a"), new int[] {0}, new Combinations(1, 2));

    assertThat(plan.functionNames()).containsExactly("B", "a", "a10", "a2");
    assertThat(plan.stream().map(c -> c.functionNames().get(0)))
        .containsExactly("B", "a", "a10", "a2");
  }

  @Test
  void treatsMaxFunctionsAsAnExclusiveBound() {
    Plan plan = Plan.of(functions("a", "b", "c"), new int[] {0, 10}, new Combinations(2, 3));

    assertThat(plan.countsBySize()).containsExactly(Map.entry(2, 12L));
    assertThat(plan.stream()).allSatisfy(c -> assertThat(c.pairs()).hasSize(2));
  }

  @ParameterizedTest(name = "{0} functions, {1} rates, sizes {2}..{3} exclusive")
  @CsvSource({
    "1, 1, 1, 2",
    "3, 2, 1, 3",
    "4, 3, 1, 5",
    "5, 4, 2, 4",
    "6, 3, 3, 7",
    "3, 2, 4, 6",
    "2, 5, 1, 9",
  })
  void computesTheSameSizeAsEnumerationGives(int functions, int rates, int min, int max) {
    List<org.dfaas.sampler.config.FunctionSpec> specs = new ArrayList<>();
    for (int i = 0; i < functions; i++) {
      // Caps of varying height, so that functions hold different numbers of rates.
      specs.add(function("f" + i, i % 2 == 0 ? null : 10 * (i % rates)));
    }
    int[] strategy = IntStream.range(0, rates).map(r -> r * 10).toArray();
    Plan plan = Plan.of(specs, strategy, new Combinations(min, max));

    Map<Integer, Long> enumerated =
        plan.stream().collect(Collectors.groupingBy(c -> c.pairs().size(), Collectors.counting()));
    long[] walked = new long[1];
    plan.walk((set, r) -> walked[0]++);

    assertThat(plan.stream().count()).isEqualTo(plan.size());
    assertThat(walked[0]).isEqualTo(plan.size());
    plan.countsBySize()
        .forEach((size, count) -> assertThat(enumerated.getOrDefault(size, 0L)).isEqualTo(count));
  }

  @Test
  void walksTheSameConfigurationsInTheSameOrderAsItIterates() {
    Plan plan =
        Plan.of(
            List.of(function("x"), function("y", 10), function("z")),
            new int[] {0, 10, 20},
            new Combinations(1, 4));
    List<Configuration> walked = new ArrayList<>();
    List<Integer> ordinals = new ArrayList<>();

    plan.walk(
        (set, rates) -> {
          walked.add(set.configuration(rates));
          ordinals.add(set.ordinal());
        });

    assertThat(walked).containsExactlyElementsOf(plan);
    assertThat(ordinals).isSorted();
    assertThat(ordinals.get(ordinals.size() - 1)).isEqualTo(6);
  }

  @Test
  void countsTheDfaasPlansWithoutEnumeratingThem() {
    assertThat(PlanFixtures.dfaasPlan(3).size()).isEqualTo(40_425);
    assertThat(PlanFixtures.dfaasPlan(4).size()).isEqualTo(3_411_429);
    assertThat(PlanFixtures.dfaasPlan(4).countsBySize())
        .containsExactly(Map.entry(1, 294L), Map.entry(2, 40_131L), Map.entry(3, 3_371_004L));
  }

  @Test
  void isEmptyWhenNoCombinationIsThatLarge() {
    Plan plan = Plan.of(functions("a", "b"), new int[] {0, 10}, new Combinations(3, 5));

    assertThat(plan.size()).isZero();
    assertThat(plan.iterator().hasNext()).isFalse();
    assertThatThrownBy(() -> plan.iterator().next()).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void refusesTwoFunctionsOfTheSameName() {
    assertThatThrownBy(
            () -> Plan.of(functions("a", "b", "a"), new int[] {0}, new Combinations(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a");
  }
}
