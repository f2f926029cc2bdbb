package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.report.ConfigurationResult.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void countsAFunctionAtRateZeroAsAbsentInTheViewsOfADfaasDataset(@TempDir Path dir)
      throws java.io.IOException {
    CampaignSummary dfaas =
        new CampaignSummary(CampaignReader.read(DfaasDataset.writeTo(dir.resolve("dfaas"))));

    // Every row lists all three functions; nmap alone is the rows where the others are at 0.
    assertThat(dfaas.singles("nmap"))
        .extracting(c -> c.configuration().rateOf("nmap"))
        .containsExactly(0, 10, 20);
    assertThat(dfaas.singles("nmap")).allSatisfy(c -> assertThat(c.iterationCount()).isEqualTo(2));
    assertThat(dfaas.functionPairs())
        .containsExactly(
            List.of("figlet", "nmap"), List.of("figlet", "shasum"), List.of("nmap", "shasum"));
    PairGrid grid = new PairGrid(dfaas, "figlet", "nmap");
    assertThat(grid.firstRates()).containsExactly(0, 10, 20);
    assertThat(grid.secondRates()).containsExactly(0, 10, 20);
    // Overload above 30 requests/s in total: figlet=20 overloads from nmap=20, figlet=10 never.
    assertThat(grid.frontierRow(2)).contains(2);
    assertThat(grid.frontierRow(1)).isEmpty();
    assertThat(dfaas.functionTriples()).containsExactly(List.of("figlet", "nmap", "shasum"));
  }

  @Test
  void drawsThreeFunctionsAsOneGridPerRateOfTheThird(@TempDir Path dir) throws java.io.IOException {
    CampaignSummary dfaas =
        new CampaignSummary(CampaignReader.read(DfaasDataset.writeTo(dir.resolve("dfaas"))));

    List<PairGrid> grids = PairGrid.triple(dfaas, "figlet", "nmap", "shasum");

    assertThat(grids)
        .extracting(PairGrid::title)
        .containsExactly(
            "figlet × nmap at shasum=0 requests/s",
            "figlet × nmap at shasum=10 requests/s",
            "figlet × nmap at shasum=20 requests/s");
    // With shasum at 20, figlet=10 overloads from nmap=10 (40 > 30), figlet=0 from nmap=20.
    assertThat(grids.get(2).frontierRow(1)).contains(1);
    assertThat(grids.get(2).frontierRow(0)).contains(2);
    assertThat(FrontierDownload.text(grids.get(2)))
        .isEqualTo(
            "rate_function_shasum,rate_function_figlet,overload_starts_at_rate_function_nmap\r\n"
                + "20,0,20\r\n20,10,10\r\n20,20,0\r\n");
  }

  @Test
  void prefersTheConfigurationOfExactlyTheViewsFunctions() {
    // env=10 alone ran, and env=10, figlet=0 ran as a pair: the single is the one shown alone.
    assertThat(summary.singles("env"))
        .extracting(c -> c.configuration().describe())
        .containsExactly("env=0", "env=10", "env=20");
  }
}
