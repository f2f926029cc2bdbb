package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.report.ConfigurationResult.Status;
import org.junit.jupiter.api.Test;

class CampaignSummaryTest {

  private final CampaignSummary summary =
      new CampaignSummary(CampaignReader.read(ReportFixture.source()));

  private ConfigurationResult find(RatePair... pairs) {
    Configuration wanted = Configuration.of(pairs);
    return summary.configurations().stream()
        .filter(c -> c.configuration().equals(wanted))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void infersStatusesFromWhichFilesListAConfiguration() {
    assertThat(summary.withStatus(Status.DONE)).hasSize(11);
    assertThat(summary.withStatus(Status.DOMINATED)).hasSize(3);
    assertThat(summary.withStatus(Status.FAILED))
        .extracting(ConfigurationResult::configuration)
        .containsExactly(Configuration.of(new RatePair("env", 0), new RatePair("figlet", 20)));
    assertThat(summary.withStatus(Status.INCOMPLETE)).isEmpty();
  }

  @Test
  void judgesOverloadByMoreThanHalfOfTheIterations() {
    ConfigurationResult twoOfThree = find(new RatePair("env", 10), new RatePair("figlet", 10));
    ConfigurationResult oneOfThree = find(new RatePair("env", 20), new RatePair("figlet", 0));

    assertThat(twoOfThree.overloaded()).isTrue();
    assertThat(twoOfThree.overloadShare()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(oneOfThree.overloaded()).isFalse();
  }

  @Test
  void ordersConfigurationsAsThePlanDoes() {
    assertThat(summary.configurations().get(0).configuration().describe()).isEqualTo("env=0");
    assertThat(summary.singles("figlet"))
        .extracting(c -> c.configuration().rateOf("figlet"))
        .containsExactly(0, 10, 20);
    assertThat(summary.functionPairs()).containsExactly(List.of("env", "figlet"));
  }

  @Test
  void findsTheFrontierCountingDominatedCellsAsOverloaded() {
    PairGrid grid = new PairGrid(summary, "env", "figlet");

    assertThat(grid.firstRates()).containsExactly(0, 10, 20);
    // env=0: the failed figlet=20 overloaded its one iteration.
    assertThat(grid.frontierRow(0)).contains(2);
    assertThat(grid.frontierRow(1)).contains(1);
    // env=20: figlet=0 overloaded 1 of 3 (not overloaded), figlet=10 was skipped as dominated.
    assertThat(grid.frontierRow(2)).contains(1);
    assertThat(grid.cell(2, 2).map(ConfigurationResult::status))
        .isEqualTo(Optional.of(Status.DOMINATED));
  }
}
