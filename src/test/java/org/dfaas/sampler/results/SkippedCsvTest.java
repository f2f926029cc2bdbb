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

  @Test
  void theReaderGivesBackWhatTheLayoutWroteInFileOrder() throws Exception {
    Configuration first = Configuration.of(new RatePair("shasum", 30), new RatePair("env", 0));
    Configuration second = Configuration.of(new RatePair("figlet", 10));
    String text =
        CsvDialect.COMMA.formatRecord(table.header())
            + CsvDialect.COMMA.formatRecord(table.cells(first))
            + CsvDialect.COMMA.formatRecord(table.cells(second));

    assertThat(SkippedReader.configurations(new java.io.StringReader(text), "skipped.csv"))
        .containsExactly(first, second);
  }

  @Test
  void aBadRateIsRefusedNamingTheFileLineAndColumn() {
    String text = "function_env,rate_function_env\r\nenv,-3\r\n";

    assertThatThrownBy(
            () -> SkippedReader.configurations(new java.io.StringReader(text), "out/skipped.csv"))
        .isInstanceOf(org.dfaas.sampler.SamplerException.class)
        .hasMessage("out/skipped.csv line 2: rate_function_env is not a whole number ≥ 0: \"-3\"")
        .extracting(e -> ((org.dfaas.sampler.SamplerException) e).exitCode())
        .isEqualTo(org.dfaas.sampler.ExitCode.BAD_INPUT);
  }
}
