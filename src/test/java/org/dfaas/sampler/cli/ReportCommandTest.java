package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dfaas.sampler.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path dir;

  private Path campaign() throws IOException, URISyntaxException {
    Path source = TestResources.path("/fixtures/report-campaign");
    Path target = Files.createDirectories(dir.resolve("out"));
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return target;
  }

  @Test
  void writesReportHtmlInTheFolderAndPrintsItsPath() throws Exception {
    Path folder = campaign();

    CliRun run = CliRun.of(dir, "report", "out");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(folder.resolve("report.html")).isRegularFile();
    assertThat(folder.resolve("report-charts/node.png")).isRegularFile();
    assertThat(run.out().strip()).isEqualTo(folder.resolve("report.html").toString());
  }

  @Test
  void theReportOfAPoolQuickstartNamesItsTargetsAndWhatItsMemoryColumnHolds() throws Exception {
    Path folder = campaign();
    Path results = folder.resolve("results.csv");
    java.util.List<String> lines = Files.readAllLines(results);
    StringBuilder withTargets = new StringBuilder(lines.get(0)).append(",target\r\n");
    // Every row by sandbox-a: sandbox-b, listed in campaign.yaml, has run nothing.
    lines.subList(1, lines.size()).forEach(l -> withTargets.append(l).append(",sandbox-a\r\n"));
    Files.writeString(results, withTargets);
    Files.copy(Path.of("examples", "quickstart-pool.yaml"), folder.resolve("campaign.yaml"));

    CliRun run = CliRun.of(dir, "report", "out");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(folder.resolve("report.html")))
        .contains("<td class=\"l\">targets (pool)</td><td class=\"l\">2: sandbox-a, sandbox-b</td>")
        .contains(
            "<tr><td class=\"l\">sandbox-a</td><td>12</td><td>34</td><td>6 (17.6 %)</td></tr>")
        .contains("<tr><td class=\"l\">sandbox-b</td><td>0</td><td>0</td><td>0 (–)</td></tr>")
        .contains("<th>memory held by requests (MiB)</th>");
  }

  @Test
  void writesWhereOutSays() throws Exception {
    campaign();

    CliRun run = CliRun.of(dir, "report", "out", "--out", "paper/appendix.html");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("paper/appendix.html")).isRegularFile();
    assertThat(dir.resolve("paper/appendix-charts/pair-env-figlet.png")).isRegularFile();
  }

  @Test
  void refusesAFolderWithoutResultsWithExitCodeTwo() {
    CliRun run = CliRun.of(dir, "report", ".");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: no results.csv in", "hint: name the output folder");
    assertThat(dir.resolve("report.html")).doesNotExist();
  }

  @Test
  void reportsOnAResultsFileOfTheDfaasSamplerBesideIt() throws Exception {
    Path source =
        Path.of(
            getClass()
                .getResource("/fixtures/dfaas-sampler/results-2025-01-08_10-00-00-0-30s.csv")
                .toURI());
    Path data = Files.createDirectories(dir.resolve("output"));
    Files.copy(source, data.resolve(source.getFileName()));

    CliRun run = CliRun.of(dir, "report", "output/" + source.getFileName());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(data.resolve("report.html")).isRegularFile();
    assertThat(Files.readString(data.resolve("report.html"))).contains("shasum", "nmap");
  }

  @Test
  void aMissingFolderIsNamedAsMissing(@TempDir Path empty) {
    CliRun run = CliRun.of(empty, "report", "no-such-campaign");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("no such folder: " + empty.resolve("no-such-campaign"))
        .doesNotContain("no results.csv");
  }
}
