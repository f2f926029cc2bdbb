package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pool's report names its targets and what each ran. */
class TargetsInTheReportTest {

  @TempDir Path dir;

  @Test
  void countsWhatEachTargetOfAPoolRanFromTheTargetColumn() throws IOException {
    Path folder = pool(dir.resolve("pool"));

    Campaign campaign = CampaignReader.read(folder);

    // Rows alternate between the two targets; each wrote 3 of the 6 overloaded rows.
    assertThat(campaign.targets())
        .containsExactly(
            new TargetTally("node-a", 12, 17, 3), new TargetTally("node-b", 11, 17, 3));
  }

  @Test
  void aLiveCampaignCountsTheTargetsAsItsRowsLandAsTheReaderDoes() throws IOException {
    Path folder = pool(dir.resolve("pool"));
    LiveCampaign live = new LiveCampaign(folder);

    org.dfaas.sampler.results.ResultsFileReader.read(folder.resolve("results.csv"), live::add);

    assertThat(
            live.snapshot(List.of(), List.of(), false, java.util.Optional.empty(), List.of())
                .targets())
        .isEqualTo(CampaignReader.read(folder).targets())
        .hasSize(2);
  }

  @Test
  void thePageListsEveryTargetOfCampaignYamlWithItsCountsOneThatRanNothingAtZero()
      throws IOException {
    Path folder = pool(dir.resolve("pool"));
    Files.writeString(
        folder.resolve("campaign.yaml"),
        """
        targets_mode: pool
        targets: [{name: node-a}, {name: node-b}, {name: node-c}]
        functions: [{name: figlet}, {name: env}]
        rate_strategy: {type: custom, rates: [0, 10, 20]}
        """);

    String page = Files.readString(ReportWriter.write(folder, dir.resolve("r.html")).page());

    assertThat(page)
        .contains("<h3 id=\"targets\">Targets</h3>")
        .contains("<tr><td class=\"l\">node-a</td><td>12</td><td>17</td><td>3 (17.6 %)</td></tr>")
        .contains("<tr><td class=\"l\">node-b</td><td>11</td><td>17</td>")
        .contains("<tr><td class=\"l\">node-c</td><td>0</td><td>0</td><td>0 (–)</td></tr>")
        .contains(
            "<td class=\"l\">targets (pool)</td><td class=\"l\">3: node-a, node-b, node-c</td>");
  }

  @Test
  void thePageNamesThePoolEachSessionRanOnFromCampaignLog() throws IOException {
    Path folder = pool(dir.resolve("pool"));
    Files.writeString(
        folder.resolve("campaign.log"),
        "2026-12-07 08:28:33.677 INFO  campaign run-7 on a pool of targets node-a, node-b by"
            + " dfaas-sampler 0.2.0: output in /x/pool, log in /x/pool/campaign.log\n"
            + "2026-12-07 09:00:00.000 INFO  campaign run-8 on target node-a by dfaas-sampler"
            + " 0.2.0: output in /x/pool, log in /x/pool/campaign.log\n");

    String page = Files.readString(ReportWriter.write(folder, dir.resolve("r.html")).page());

    assertThat(page)
        .contains("run-7 on a pool of targets node-a, node-b, run-8 on node-a")
        .contains("<td class=\"l\">dfaas-sampler 0.2.0</td>");
  }

  @Test
  void aFolderWithoutATargetColumnHasNoTargetsTable() throws IOException {
    Path folder = ReportFixture.copyTo(dir.resolve("plain"));

    String page = Files.readString(ReportWriter.write(folder, dir.resolve("p.html")).page());

    assertThat(CampaignReader.read(folder).targets()).isEmpty();
    assertThat(page).doesNotContain("id=\"targets\"");
  }

  /** The fixture with a {@code target} column, its rows taken in turn by node-a and node-b. */
  private static Path pool(Path folder) throws IOException {
    ReportFixture.copyTo(folder);
    Path results = folder.resolve("results.csv");
    List<String> lines = Files.readAllLines(results);
    List<String> out = new ArrayList<>();
    out.add(lines.get(0) + ",target");
    for (int i = 1; i < lines.size(); i++) {
      out.add(lines.get(i) + (i % 2 == 1 ? ",node-a" : ",node-b"));
    }
    Files.writeString(results, String.join("\r\n", out) + "\r\n");
    return folder;
  }
}
