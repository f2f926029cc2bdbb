package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dfaas.sampler.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results.csv with a byte-order mark, a column named twice, a torn last line or a bad number,
 * through every command that reads one: {@code plan}, {@code report}, {@code plan --replay} and a
 * resumed {@code run} all read it by the same rules.
 */
class DamagedCsvTest {

  /** The plan of the report fixture: env and figlet at 0, 10 and 20, three iterations each. */
  private static final String FIXTURE_CONFIG =
      """
      functions: [{name: env}, {name: figlet}]
      rates: {min_rate: 0, max_rate: 20, step: 10}
      combinations: {min_functions: 1, max_functions: 2}
      iterations: 3
      output_dir: out
      """;

  private static final String BOM = "\uFEFF";

  /** A quick campaign on the embedded parts: env, figlet and both together, one iteration each. */
  private static final String QUICK_RUN =
      """
      load_generator: builtin
      platform: sandbox
      metrics_source: sandbox
      output_dir: quick
      functions: [{name: env}, {name: figlet}]
      rate_strategy: {type: custom, rates: [5]}
      combinations: {min_functions: 1, max_functions: 2}
      duration: 1s
      iterations: 1
      cooldown: {max_wait_seconds: 60, sleep_step_seconds: 1, idle_threshold_pct: 100}
      """;

  @TempDir Path dir;

  /** A copy of the report fixture in {@code dir/name}, its results.csv changed by {@code edit}. */
  private Path folder(String name, UnaryOperator<String> edit)
      throws IOException, URISyntaxException {
    Path source = TestResources.path("/fixtures/report-campaign");
    Path target = Files.createDirectories(dir.resolve(name));
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    Path results = target.resolve("results.csv");
    Files.writeString(results, edit.apply(Files.readString(results, StandardCharsets.UTF_8)));
    Files.writeString(
        dir.resolve(name + ".yaml"),
        FIXTURE_CONFIG.replace("output_dir: out", "output_dir: " + name));
    return target;
  }

  private CliRun plan(String name) {
    return CliRun.of(dir, "plan", "-c", name + ".yaml", "--json");
  }

  private CliRun replay(String name) {
    return CliRun.of(
        dir, "plan", "-c", name + ".yaml", "--replay", name + "/results.csv", "--json");
  }

  private CliRun report(String name) {
    return CliRun.of(dir, "report", name);
  }

  private static String withCell(String text, int line, int column, String cell) {
    List<String> lines = text.lines().toList();
    String[] cells = lines.get(line - 1).split(",", -1);
    cells[column - 1] = cell;
    StringBuilder changed = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      changed.append(i == line - 1 ? String.join(",", cells) : lines.get(i)).append("\r\n");
    }
    return changed.toString();
  }

  @Test
  void aByteOrderMarkChangesNothingForPlanReplayAndReport() throws Exception {
    folder("plain", text -> text);
    folder("marked", text -> BOM + text);

    CliRun plainPlan = plan("plain");
    CliRun markedPlan = plan("marked");
    CliRun plainReplay = replay("plain");
    CliRun markedReplay = replay("marked");
    CliRun markedReport = report("marked");

    assertThat(plainPlan.exitCode()).as(plainPlan.err()).isZero();
    assertThat(markedPlan.exitCode()).as(markedPlan.err()).isZero();
    assertThat(markedPlan.out()).isEqualTo(plainPlan.out()).contains("\"overloaded_before\":");
    assertThat(plainReplay.exitCode()).as(plainReplay.err()).isZero();
    assertThat(markedReplay.exitCode()).as(markedReplay.err()).isZero();
    assertThat(markedReplay.out()).isEqualTo(plainReplay.out());
    assertThat(markedReport.exitCode()).as(markedReport.err()).isZero();
    // env comes first in the header: its columns are the ones a kept mark would hide.
    assertThat(dir.resolve("marked/report-charts/pair-env-figlet.png")).isRegularFile();
    assertThat(Files.readString(dir.resolve("marked/report.html"))).contains("env=20");
  }

  @Test
  void aByteOrderMarkChangesNothingForExport() throws Exception {
    folder("plain", text -> text);
    folder("marked", text -> BOM + text);

    for (String format : List.of("csv", "dfaas")) {
      CliRun plain = CliRun.of(dir, "export", "plain", "--format", format, "--out", "p-" + format);
      CliRun marked =
          CliRun.of(dir, "export", "marked", "--format", format, "--out", "m-" + format);

      assertThat(plain.exitCode()).as(plain.err()).isZero();
      assertThat(marked.exitCode()).as(marked.err()).isZero();
      // The source folder's name is the rows' target label: the one difference there may be.
      assertThat(contents(dir.resolve("m-" + format)).replace("marked", "plain"))
          .as(format)
          .isEqualTo(contents(dir.resolve("p-" + format)))
          .contains("env");
    }
  }

  /** A file's text, or a folder's files' names and texts. */
  private static String contents(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return Files.readString(path);
    }
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        all.append(path.relativize(file)).append('\n').append(Files.readString(file));
      }
    }
    return all.toString();
  }

  @Test
  void aColumnNamedTwiceIsExitTwoNamingFileLineAndColumnForEveryReader() throws Exception {
    folder("twice", text -> text.replaceFirst(",function_figlet,", ",function_env,"));

    for (CliRun run : List.of(plan("twice"), replay("twice"), report("twice"))) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
      assertThat(run.err())
          .contains("results.csv line 1: column 10 is named \"function_env\" like column 1")
          .doesNotContain("unexpected failure", "Exception");
    }
  }

  @Test
  void aTornLastLineIsLeftOutByPlanReplayAndReportAlike() throws Exception {
    folder("whole", text -> text);
    folder(
        "torn",
        text -> {
          String last = text.lines().reduce((a, b) -> b).orElseThrow();
          return text + last.substring(0, last.length() / 3);
        });

    CliRun wholePlan = plan("whole");
    CliRun tornPlan = plan("torn");
    CliRun tornReplay = replay("torn");
    CliRun tornReport = report("torn");

    assertThat(tornPlan.exitCode()).as(tornPlan.err()).isZero();
    assertThat(tornPlan.out()).isEqualTo(wholePlan.out());
    assertThat(tornReplay.exitCode()).as(tornReplay.err()).isZero();
    assertThat(tornReplay.out()).isEqualTo(replay("whole").out());
    assertThat(tornReport.exitCode()).as(tornReport.err()).isZero();
    assertThat(Files.readString(dir.resolve("torn/report.html")))
        .contains("The last line of results.csv was cut short");
  }

  @Test
  void aBadNumberIsExitTwoNamingFileLineAndColumnForEveryReader() throws Exception {
    // Line 5 is env=10's first row; column 4 its cpu_usage_function_env, which plan never used.
    folder("bad", text -> withCell(text, 5, 4, "0.1O0"));

    for (CliRun run : List.of(plan("bad"), replay("bad"), report("bad"))) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
      assertThat(run.err())
          .contains("results.csv line 5: cpu_usage_function_env is not a number: \"0.1O0\"");
    }
  }

  @Test
  void aBadOverloadFlagIsExitTwoRatherThanReadAsNotOverloaded() throws Exception {
    folder("flag", text -> withCell(text, 5, 28, "yes"));

    for (CliRun run : List.of(plan("flag"), replay("flag"), report("flag"))) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
      assertThat(run.err()).contains("results.csv line 5: overloaded_node is not 0 or 1: \"yes\"");
    }
  }

  @Test
  void aResumeReadsAMarkedFolderAsItWasWrittenAndMeasuresNothingAgain() throws IOException {
    Files.writeString(dir.resolve("quick.yaml"), QUICK_RUN);
    CliRun first = CliRun.of(dir, "run", "-c", "quick.yaml");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Path results = dir.resolve("quick/results.csv");
    Path index = dir.resolve("quick/index.csv");
    Path skipped = dir.resolve("quick/skipped.csv");
    String written = Files.readString(results);
    List<String> indexed = Files.readAllLines(index);
    List<String> listed = Files.readAllLines(skipped);
    // Marked, as a spreadsheet saves it, and stopped before env=5 (env: the first columns) was
    // indexed.
    assertThat(indexed.get(1)).isEqualTo("['env'];[5];results.csv");
    Files.writeString(results, BOM + written);
    List<String> unindexed = new java.util.ArrayList<>(indexed);
    unindexed.remove(1);
    Files.writeString(index, String.join("\r\n", unindexed) + "\r\n");

    CliRun resumed = CliRun.of(dir, "run", "-c", "quick.yaml");

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    // env=5's row was found: indexed again, nothing measured nor skipped anew.
    assertThat(Files.readString(results)).isEqualTo(BOM + written);
    assertThat(Files.readAllLines(index)).containsExactlyInAnyOrderElementsOf(indexed);
    assertThat(Files.readAllLines(skipped)).isEqualTo(listed);
  }
}
