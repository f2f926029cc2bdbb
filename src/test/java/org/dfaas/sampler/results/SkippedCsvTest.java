package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;

class SkippedCsvTest {

  private final SkippedCsv table = new SkippedCsv(List.of("shasum", "figlet", "env"));

  @Test
  void namesAndRatesEveryCampaignFunctionInSortedOrder() {
    assertThat(table.header())
        .containsExactly(
            "function_env",
            "rate_function_env",
            "function_figlet",
            "rate_function_figlet",
            "function_shasum",
            "rate_function_shasum");
  }

  @Test
  void fillsTheConfigurationsFunctionsAndLeavesTheOthersEmpty() {
    Configuration configuration =
        Configuration.of(new RatePair("shasum", 30), new RatePair("env", 0));

    assertThat(CsvDialect.COMMA.formatRecord(table.cells(configuration)))
        .isEqualTo("env,0,,,shasum,30\r\n");
  }

  @Test
  void refusesAConfigurationWithAFunctionOutsideTheCampaign() {
    assertThatThrownBy(() -> table.cells(Configuration.of(new RatePair("other", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other");
  }

  @Test
  void refusesACampaignWithoutFunctions() {
    assertThatThrownBy(() -> new SkippedCsv(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
