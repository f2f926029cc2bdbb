package org.dfaas.sampler.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dfaas.sampler.plan.PlanFixtures.function;

import java.util.List;
import org.dfaas.sampler.config.Combinations;
import org.junit.jupiter.api.Test;

class PlanPositionsTest {

  @Test
  void givesEveryConfigurationItsPlaceInPlanOrder() {
    Plan plan =
        Plan.of(
            List.of(function("d"), function("a", 10), function("c", 0), function("b")),
            new int[] {0, 10, 20},
            new Combinations(2, 5));
    PlanPositions positions = new PlanPositions(plan);

    long expected = 0;
    for (Configuration configuration : plan) {
      assertThat(positions.of(configuration)).as(configuration.describe()).isEqualTo(++expected);
    }
    assertThat(expected).isEqualTo(plan.size());
  }

  @Test
  void answersForTheLastConfigurationOfALargePlanWithoutWalkingIt() {
    Plan plan = PlanFixtures.dfaasPlan(4);
    Configuration last =
        Configuration.of(
            new RatePair("sentimentanalysis", 200),
            new RatePair("shasum", 200),
            new RatePair("qrcode-go", 200));

    assertThat(new PlanPositions(plan).of(last)).isEqualTo(plan.size());
  }

  @Test
  void refusesAConfigurationOutsideThePlan() {
    Plan plan =
        Plan.of(
            List.of(function("a", 10), function("b")), new int[] {0, 10}, new Combinations(1, 2));
    PlanPositions positions = new PlanPositions(plan);

    for (Configuration outside :
        List.of(
            Configuration.of(new RatePair("a", 20)),
            Configuration.of(new RatePair("z", 0)),
            Configuration.of(new RatePair("a", 0), new RatePair("b", 0)))) {
      assertThatThrownBy(() -> positions.of(outside))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a configuration of this plan");
    }
  }
}
