package org.dfaas.sampler.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.dfaas.sampler.config.Combinations;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.PlanEstimate;
import org.dfaas.sampler.plan.PlanEstimator;
import org.dfaas.sampler.plan.PlanFixtures;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.search.Classification.Status;
import org.junit.jupiter.api.Test;

class GridSearchTest {

  static Plan plan(int[] rates, int maxFunctions, String... names) {
    List<FunctionSpec> functions = new ArrayList<>();
    for (String name : names) {
      functions.add(new FunctionSpec(name, "GET", "", Map.of(), null));
    }
    return Plan.of(functions, rates, new Combinations(1, maxFunctions));
  }

  static OutcomeSource capacity(long rps) {
    return c -> new Outcome(c.pairs().stream().mapToLong(RatePair::rate).sum() > rps, 3);
  }

  @Test
  void proposesEveryConfigurationInPlanOrderWhenNothingOverloads() {
    Plan plan = plan(new int[] {0, 10}, 3, "b", "a");
    GridSearch grid = new GridSearch(plan, ClassificationListener.NONE);
    List<Configuration> proposed = new ArrayList<>();
    while (!grid.finished()) {
      List<Configuration> batch = grid.propose(1);
      proposed.addAll(batch);
      batch.forEach(c -> grid.record(c, new Outcome(false, 3)));
    }

    assertThat(proposed).containsExactlyElementsOf(plan.stream().toList());
    assertThat(grid.tally()).isEqualTo(new SearchTally(8, 24, 0, 8, 0, 0, 0, 0));
  }

  @Test
  void skipsWhatAnOverloadedConfigurationDominatesNamingIt() {
    Plan plan = plan(new int[] {0, 10, 20}, 3, "a", "b");
    List<String> lines = new ArrayList<>();
    GridSearch grid =
        new GridSearch(
            plan,
            (ordinal, c) ->
                lines.add(
                    ordinal
                        + " "
                        + c.configuration()
                        + " "
                        + c.status().key()
                        + (c.impliedBy() == null ? "" : " by " + c.impliedBy())));

    capacity(15).drive(grid);

    assertThat(lines)
        .containsExactly(
            "1 a=0 measured_ok",
            "2 a=10 measured_ok",
            "3 a=20 measured_overloaded",
            "4 b=0 measured_ok",
            "5 b=10 measured_ok",
            "6 b=20 measured_overloaded",
            "7 a=0, b=0 measured_ok",
            "8 a=0, b=10 measured_ok",
            "9 a=0, b=20 measured_overloaded",
            "10 a=10, b=0 measured_ok",
            "11 a=10, b=10 measured_overloaded",
            "12 a=10, b=20 inferred_overloaded by a=0, b=20",
            "13 a=20, b=0 measured_overloaded",
            "14 a=20, b=10 inferred_overloaded by a=10, b=10",
            "15 a=20, b=20 inferred_overloaded by a=0, b=20");
  }

  @Test
  void skipsExactlyWhatThePlanEstimateSkipsOnTheDfaasPairs() {
    Plan plan = dfaas(3);
    PlanEstimate estimate = new PlanEstimator(plan).estimate(key -> false, OptionalLong.of(150));

    SearchTally tally = capacity(150).drive(new GridSearch(plan, ClassificationListener.NONE));

    assertThat(tally.measured()).isEqualTo(estimate.toRun()).isEqualTo(14_161);
    assertThat(tally.inferredOverloaded()).isEqualTo(estimate.dominated());
    assertThat(tally.measuredOverloaded()).isEqualTo(estimate.assumedOverloaded());
    assertThat(tally.k6Runs()).isEqualTo(3 * 14_161);
    assertThat(tally.inferredOk()).isZero();
    assertThat(tally.contradictions()).isZero();
  }

  @Test
  void refusesAnOutcomeForAConfigurationItDidNotPropose() {
    GridSearch grid = new GridSearch(plan(new int[] {0, 10}, 2, "a"), ClassificationListener.NONE);
    Configuration first = grid.propose(1).get(0);

    assertThatThrownBy(
            () -> grid.record(Configuration.of(new RatePair("a", 10)), new Outcome(true, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a=10 is not awaiting an outcome");
    assertThat(first).isEqualTo(Configuration.of(new RatePair("a", 0)));
  }

  @Test
  void classifiesEveryConfigurationOnceInPlanOrder() {
    Plan plan = plan(new int[] {0, 10, 20, 30}, 4, "a", "b", "c");
    List<Long> ordinals = new ArrayList<>();
    List<Status> statuses = new ArrayList<>();
    capacity(40)
        .drive(
            new GridSearch(
                plan,
                (ordinal, c) -> {
                  ordinals.add(ordinal);
                  statuses.add(c.status());
                }));

    assertThat(ordinals).hasSize((int) plan.size()).isSorted().doesNotHaveDuplicates();
    assertThat(statuses).doesNotContain(Status.INFERRED_OK);
  }

  static Plan dfaas(int maxFunctions) {
    return plan(
        org.dfaas.sampler.config.LinearRates.DEFAULT.rates(),
        maxFunctions,
        PlanFixtures.DFAAS_FUNCTIONS.toArray(String[]::new));
  }
}
