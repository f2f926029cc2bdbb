package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignReaderTest {

  @TempDir Path dir;

  @Test
  void readsTheFunctionSetRowsSkippedIndexAndTimeSpanOfAFinishedCampaign() {
    Campaign campaign = CampaignReader.read(ReportFixture.source());

    assertThat(campaign.functions()).containsExactly("env", "figlet");
    assertThat(campaign.iterations()).isEqualTo(34);
    assertThat(campaign.skipped()).hasSize(4);
    assertThat(campaign.done()).hasSize(11);
    assertThat(campaign.tornLastLine()).isFalse();
    assertThat(campaign.span())
        .contains(
            new TimeSpan(
                LocalDateTime.of(2026, 11, 20, 9, 0, 1, 250_000_000),
                LocalDateTime.of(2026, 11, 20, 11, 47, 30, 500_000_000)));
  }

  @Test
  void keepsNanCellsAsMissingValues() {
    Campaign campaign = CampaignReader.read(ReportFixture.source());

    IterationAggregate figlet10 =
        campaign.measured().get(Configuration.of(new RatePair("figlet", 10)));

    // The second iteration's CPU is nan: two values, not three with a zero among them.
    assertThat(figlet10.iterations()).isEqualTo(3);
    assertThat(figlet10.stats("figlet", FunctionValue.CPU).n()).isEqualTo(2);
    assertThat(figlet10.stats("figlet", FunctionValue.RAM).n()).isEqualTo(3);
  }

  @Test
  void leavesOutATornLastLineOfARunningCampaign() throws IOException {
    Path folder = ReportFixture.copyTo(dir.resolve("running"));
    Files.writeString(
        folder.resolve("results.csv"),
        "env,20,1.000,0.2",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    Campaign campaign = CampaignReader.read(folder);

    assertThat(campaign.tornLastLine()).isTrue();
    assertThat(campaign.iterations()).isEqualTo(34);
  }

  @Test
  void refusesAShortLineThatIsNotTheLast() throws IOException {
    Path folder = ReportFixture.copyTo(dir.resolve("damaged"));
    Path results = folder.resolve("results.csv");
    String text = Files.readString(results);
    int secondLine = text.indexOf("\r\n") + 2;
    Files.writeString(
        results, text.substring(0, secondLine) + "env,0\r\n" + text.substring(secondLine));

    assertThatThrownBy(() -> CampaignReader.read(folder))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("fields where the header has 28");
  }

  @Test
  void readsAnOutputFolderOfTheOldToolWithOnlyIndexAndResults() throws IOException {
    Path folder = ReportFixture.copyTo(dir.resolve("old"), "results.csv", "index.csv");

    Campaign campaign = CampaignReader.read(folder);

    assertThat(campaign.functions()).containsExactly("env", "figlet");
    assertThat(campaign.skipped()).isEmpty();
    assertThat(campaign.span()).isEmpty();
    assertThat(campaign.iterations()).isEqualTo(34);
  }

  @Test
  void refusesAFolderWithoutResultsWithExitCodeTwo() {
    assertThatThrownBy(() -> CampaignReader.read(dir))
        .isInstanceOfSatisfying(
            SamplerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
        .hasMessageContaining("no results.csv in " + dir);
  }

  @Test
  void refusesAHeaderWithoutFunctionColumns() throws IOException {
    Files.writeString(dir.resolve("results.csv"), "a,b\r\n1,2\r\n");

    assertThatThrownBy(() -> CampaignReader.read(dir))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining("not a results.csv header");
  }

  @Test
  void readsAFolderOfTheDfaasSamplersFilesInTheirHeadersOrder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("dfaas"));
    Path source = dfaasFixture();
    Files.copy(source, folder.resolve(source.getFileName()));
    // A second combination's file: its function joins the set after the first file's.
    Files.writeString(
        folder.resolve("results-2025-01-09_10-00-00-1-30s.csv"),
        Files.readString(source).replace("nmap", "curl"));

    Campaign campaign = CampaignReader.read(folder);

    assertThat(campaign.functions()).containsExactly("shasum", "figlet", "nmap", "curl");
    assertThat(campaign.iterations()).isEqualTo(10);
    IterationAggregate overloaded =
        campaign
            .measured()
            .get(
                Configuration.of(
                    new RatePair("figlet", 0),
                    new RatePair("nmap", 20),
                    new RatePair("shasum", 10)));
    assertThat(overloaded.overloaded()).isEqualTo(1);
    assertThat(overloaded.iterations()).isEqualTo(1);
    // Two functions loaded: the page shows node values for it, not per-function ones.
    assertThat(overloaded.stats(NodeValue.CPU).n()).isEqualTo(1);
    assertThat(overloaded.stats("nmap", FunctionValue.AVG_LATENCY).n()).isZero();
    assertThat(campaign.skipped()).isEmpty();
    assertThat(campaign.done()).isEmpty();
  }

  @Test
  void readsOneResultsFileNamedDirectly() throws Exception {
    Campaign campaign = CampaignReader.read(dfaasFixture());

    assertThat(campaign.functions()).containsExactly("shasum", "figlet", "nmap");
    assertThat(campaign.iterations()).isEqualTo(5);
  }

  private static Path dfaasFixture() throws Exception {
    return Path.of(
        CampaignReaderTest.class
            .getResource("/fixtures/dfaas-sampler/results-2025-01-08_10-00-00-0-30s.csv")
            .toURI());
  }
}
