package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.TestResources;
import org.dfaas.sampler.results.ColumnNames;
import org.dfaas.sampler.results.RecordedRow;
import org.dfaas.sampler.results.ResultsFileReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quickstart's folders (grid, frontier, pool; recorded by real runs of examples/) exported:
 * every DFaaS file against the hand-written format fixtures, every value against the folder's own,
 * and the classes the DFaaS sampler's resume reads from the export against those {@code plan
 * --replay} reads from the folder.
 */
class ExportQuickstartTest {

  private static final Path FORMAT = TestResources.path("/fixtures/export/dfaas-format");

  @TempDir Path dir;

  private Path campaign(String name) throws IOException {
    ExportCommandTest.copyFixture(name, dir.resolve(name));
    Files.copy(
        TestResources.path("/fixtures/export/" + name + ".yaml"), dir.resolve(name + ".yaml"));
    return dir.resolve(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"quickstart", "quickstart-frontier", "quickstart-pool"})
  void writesTheDfaasLayoutWithTheFoldersValuesAndLatencyInNanoseconds(String name)
      throws IOException {
    Path campaign = campaign(name);

    CliRun run = CliRun.of(dir, "export", name, "--format", "dfaas", "--out", "dfaas");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<RecordedRow> native_ = new ArrayList<>();
    ResultsFileReader.read(campaign.resolve("results.csv"), native_::add);
    Map<String, List<RecordedRow>> nativeByTarget = new TreeMap<>();
    native_.forEach(r -> nativeByTarget.computeIfAbsent(r.target(), t -> new ArrayList<>()).add(r));
    boolean pool = nativeByTarget.size() > 1;
    for (Map.Entry<String, List<RecordedRow>> target : nativeByTarget.entrySet()) {
      Path export = pool ? dir.resolve("dfaas").resolve(target.getKey()) : dir.resolve("dfaas");
      checkTargetExport(export, target.getValue());
    }
  }

  private void checkTargetExport(Path export, List<RecordedRow> rows) throws IOException {
    List<CSVRecord> index = read(export.resolve("index.csv"), ';');
    assertThat(firstLine(export.resolve("index.csv")))
        .isEqualTo(firstLine(FORMAT.resolve("header-index.csv")));
    List<CSVRecord> measured =
        index.stream().filter(r -> r.get("overload_predicted").equals("False")).toList();
    assertThat(measured).hasSameSizeAs(rows);
    Map<String, Integer> nextRowOfFile = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      RecordedRow source = rows.get(i);
      CSVRecord entry = measured.get(i);
      List<String> functions = source.configuration().functionNames();
      String set = String.join("-", functions);
      assertThat(entry.get("functions")).isEqualTo("['" + String.join("', '", functions) + "']");
      assertThat(entry.get("overloaded"))
          .isEqualTo(source.row().node().overloaded() ? "True" : "False");
      Path file = export.resolve(entry.get("results_file"));
      assertThat(firstLine(file)).isEqualTo(firstLine(FORMAT.resolve("header-" + set + ".csv")));
      int at = nextRowOfFile.merge(entry.get("results_file"), 1, Integer::sum) - 1;
      CSVRecord written = read(file, ',').get(at);
      for (String f : functions) {
        assertThat(Long.parseLong(written.get(ColumnNames.mediumLatency(f))))
            .isEqualTo(Math.round(source.row().function(f).orElseThrow().latency().avgMs() * 1e6));
        assertThat(written.get(ColumnNames.rate(f)))
            .isEqualTo(Integer.toString(source.configuration().rateOf(f)));
      }
      assertThat(written.get("overloaded_node"))
          .isEqualTo(source.row().node().overloaded() ? "1" : "0");
    }
    assertThat(index.stream().filter(r -> r.get("overload_predicted").equals("True")))
        .allSatisfy(r -> assertThat(r.get("overloaded") + r.get("results_file")).isEqualTo("True"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"quickstart", "quickstart-frontier"})
  void theDfaasResumeReadsTheClassesThatPlanReplayReadsFromTheFolder(String name)
      throws IOException {
    campaign(name);
    CliRun export = CliRun.of(dir, "export", name, "--format", "dfaas", "--out", "dfaas");
    CliRun replay =
        CliRun.of(dir, "plan", "-c", name + ".yaml", "--replay", name + "/results.csv", "--list");
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(replay.exitCode()).as(replay.err()).isZero();

    Map<String, Boolean> replayed = new TreeMap<>();
    for (String line : replay.out().lines().toList()) {
      String[] fields = line.split("\t", -1);
      if (!fields[3].equals("inferred_ok")) {
        replayed.put(fields[2].replace(", ", ","), fields[3].endsWith("_overloaded"));
      }
    }
    assertThat(DfaasResume.classes(dir.resolve("dfaas/index.csv"))).isEqualTo(replayed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"quickstart", "quickstart-frontier", "quickstart-pool"})
  void planReplayOfTheExportedCsvGivesTheClassesOfTheFolder(String name) throws IOException {
    campaign(name);
    CliRun export = CliRun.of(dir, "export", name, "--format", "csv", "--out", "all.csv");
    assertThat(export.exitCode()).as(export.err()).isZero();

    CliRun fromFolder =
        CliRun.of(dir, "plan", "-c", name + ".yaml", "--replay", name + "/results.csv", "--list");
    CliRun fromExport =
        CliRun.of(dir, "plan", "-c", name + ".yaml", "--replay", "all.csv", "--list");

    assertThat(fromExport.exitCode()).as(fromExport.err()).isZero();
    assertThat(fromExport.out()).isNotBlank().isEqualTo(fromFolder.out());
  }

  static List<CSVRecord> read(Path file, char separator) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setDelimiter(separator)
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }

  private static String firstLine(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.findFirst().orElse("");
    }
  }
}
