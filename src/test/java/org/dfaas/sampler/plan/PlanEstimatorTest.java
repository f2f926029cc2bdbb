package org.dfaas.sampler.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dfaas.sampler.plan.PlanFixtures.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import org.dfaas.sampler.config.Combinations;
import org.junit.jupiter.api.Test;

class PlanEstimatorTest {

  private static final Predicate<ConfigKey> NOTHING_DONE = key -> false;

  private static ConfigKey key(List<String> names, int... rates) {
    return new ConfigKey(names, rates);
  }

  @Test
  void estimatesTheDfaasPlanOfPairsAtCapacity150() {
    PlanEstimate estimate =
        new PlanEstimator(PlanFixtures.dfaasPlan(3)).estimate(NOTHING_DONE, OptionalLong.of(150));

    assertThat(estimate.configurations()).isEqualTo(40_425);
    assertThat(estimate.toRun()).isEqualTo(14_161);
    assertThat(estimate.dominated()).isEqualTo(26_264);
    assertThat(estimate.assumedOverloaded()).isEqualTo(1_561);
    assertThat(estimate.done()).isZero();
    assertThat(estimate.bySize())
        .containsExactly(
            new SizeEstimate(1, 294, 0, 56, 238, 14),
            new SizeEstimate(2, 40_131, 0, 26_208, 13_923, 1_547));
  }

  @Test
  void estimatesTheDfaasPlanOfTriplesAtCapacity150() {
    PlanEstimate estimate =
        new PlanEstimator(PlanFixtures.dfaasPlan(4)).estimate(NOTHING_DONE, OptionalLong.of(150));

    assertThat(estimate.configurations()).isEqualTo(3_411_429);
    assertThat(estimate.toRun()).isEqualTo(366_877);
    assertThat(estimate.dominated()).isEqualTo(3_044_552);
    assertThat(estimate.assumedOverloaded()).isEqualTo(57_253);
  }

  @Test
  void runsEverythingNotDoneWhenNoCapacityIsAssumed() {
    Plan plan = Plan.of(functions("b", "a"), new int[] {0, 10}, new Combinations(1, 3));
    Set<ConfigKey> done = Set.of(key(List.of("a"), 10), key(List.of("a", "b"), 0, 10));

    PlanEstimate estimate = new PlanEstimator(plan).estimate(done::contains, OptionalLong.empty());

    assertThat(estimate)
        .isEqualTo(
            new PlanEstimate(
                8,
                2,
                0,
                6,
                0,
                List.of(new SizeEstimate(1, 4, 1, 0, 3, 0), new SizeEstimate(2, 4, 1, 0, 3, 0))));
  }

  @Test
  void reportsEachConfigurationWithItsStatusInPlanOrder() {
    Plan plan = Plan.of(functions("b", "a"), new int[] {0, 10}, new Combinations(1, 3));
    Set<ConfigKey> done = Set.of(key(List.of("a"), 0), key(List.of("a", "b"), 10, 10));
    List<String> lines = new ArrayList<>();

    new PlanEstimator(plan)
        .estimate(
            done::contains,
            OptionalLong.of(5),
            (ordinal, set, rates, status, overloaded) ->
                lines.add(
                    ordinal + " " + set.configuration(rates) + " " + status + " " + overloaded));

    assertThat(lines)
        .containsExactly(
            "1 a=0 DONE false",
            "2 a=10 TO_RUN true",
            "3 b=0 TO_RUN false",
            "4 b=10 TO_RUN true",
            "5 a=0, b=0 TO_RUN false",
            "6 a=0, b=10 TO_RUN true",
            "7 a=10, b=0 TO_RUN true",
            "8 a=10, b=10 DOMINATED false");
  }

  @Test
  void letsADoneOverloadedConfigurationDominateLikeARunOne() {
    Plan plan = Plan.of(functions("a"), new int[] {0, 10, 20, 30}, new Combinations(1, 2));
    Set<ConfigKey> done = Set.of(key(List.of("a"), 0), key(List.of("a"), 10));

    PlanEstimate estimate = new PlanEstimator(plan).estimate(done::contains, OptionalLong.of(5));

    assertThat(estimate.done()).isEqualTo(2);
    assertThat(estimate.assumedOverloaded()).isEqualTo(1);
    assertThat(estimate.dominated()).isEqualTo(2);
    assertThat(estimate.toRun()).isZero();
  }

  @Test
  void countsADominatedConfigurationAsDominatedEvenWhenItIsDone() {
    Plan plan = Plan.of(functions("a"), new int[] {0, 10, 20}, new Combinations(1, 2));
    Set<ConfigKey> done = Set.of(key(List.of("a"), 20));

    PlanEstimate estimate = new PlanEstimator(plan).estimate(done::contains, OptionalLong.of(5));

    assertThat(estimate.dominated()).isEqualTo(1);
    assertThat(estimate.done()).isZero();
    assertThat(estimate.toRun()).isEqualTo(2);
  }
}
