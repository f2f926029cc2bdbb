package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.LogCapture;
import org.dfaas.sampler.config.OutputSettings;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.config.OutputSettings.LatencyFormat;
import org.dfaas.sampler.metrics.FunctionUsage;
import org.dfaas.sampler.metrics.MetricsRow;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.search.IterationTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResultStoreTest {

  private static final List<String> FUNCTIONS = List.of("figlet", "env");

  @TempDir Path folder;

  private static Configuration config(int env, int figlet) {
    return Configuration.of(new RatePair("env", env), new RatePair("figlet", figlet));
  }

  private static IterationRecord iteration(Configuration configuration, int n, boolean overloaded) {
    List<FunctionMeasurement> functions =
        configuration.pairs().stream()
            .map(
                p ->
                    new FunctionMeasurement(
                        p.function(),
                        p.rate(),
                        1.0,
                        new FunctionUsage(1.5, 2048, Double.NaN),
                        1,
                        false,
                        12.7))
            .toList();
    NodeUsage usage = new NodeUsage(10, 1e9, 40, Double.NaN);
    return new IterationRecord(
        configuration,
        n,
        1,
        "{\n  \"metrics\": {}\n}",
        new MetricsRow(usage, Map.of()),
        new ResultRow(functions, new NodeMeasurement(usage, usage, 5, overloaded)));
  }

  private String read(String name) throws IOException {
    return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void appendsEachIterationWithItsFilesAndWritesTheHeaderOnlyOnce() throws IOException {
    Configuration configuration = config(0, 10);
    try (ResultStore store = ResultStore.open(folder, FUNCTIONS)) {
      store.writeScript(configuration.id(), "// script\n");
      store.recordIteration(iteration(configuration, 1, false));
    }
    try (ResultStore store = ResultStore.open(folder, FUNCTIONS)) {
      store.recordIteration(iteration(configuration, 2, false));
    }

    List<String> lines = read("results.csv").lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("function_env,rate_function_env,");
    assertThat(lines.get(1)).startsWith("env,0,1.000,1.500,2048.000,nan,1,0,12,figlet,10,");
    assertThat(read("results.csv")).endsWith("\r\n");
    String id = configuration.id();
    assertThat(read("k6_scripts/config-" + id + ".js")).isEqualTo("// script\n");
    assertThat(read("summaries/summary-" + id + "-iter2-rep1.json")).contains("\"metrics\"");
    assertThat(read("metrics/metrics-" + id + "-iter1-rep1.csv"))
        .startsWith("cpu_usage_node,ram_usage_node,ram_usage_node_pct,power_usage_node,");
    try (Stream<Path> files = Files.walk(folder)) {
      assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void aFolderKeepsTheHeaderItWasStartedWith() throws IOException {
    OutputSettings extra = OutputSettings.DEFAULT;
    OutputSettings plain = new OutputSettings(false, LatencyFormat.INTEGER);
    Path old = Files.createDirectories(folder.resolve("old"));
    Path fresh = Files.createDirectories(folder.resolve("new"));
    try (ResultStore store = ResultStore.open(old, FUNCTIONS, plain)) {
      store.recordIteration(iteration(config(0, 10), 1, false));
    }
    try (ResultStore store = ResultStore.open(fresh, FUNCTIONS, extra)) {
      store.recordIteration(iteration(config(0, 10), 1, false));
    }

    try (ResultStore store = ResultStore.open(old, FUNCTIONS, extra)) {
      store.recordIteration(iteration(config(0, 10), 2, false));
    }
    try (ResultStore store = ResultStore.open(fresh, FUNCTIONS, plain)) {
      store.recordIteration(iteration(config(0, 10), 2, false));
    }

    List<String> oldLines = Files.readAllLines(old.resolve("results.csv"));
    assertThat(oldLines.get(0)).endsWith(",rest_seconds,overloaded_node");
    assertThat(oldLines).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(28));
    List<String> newLines = Files.readAllLines(fresh.resolve("results.csv"));
    assertThat(newLines.get(0)).endsWith(",dropped_iterations,node_cores,overload_reason,target");
    assertThat(newLines).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(42));
  }

  @Test
  void aFolderStartedWithoutTheTargetColumnKeepsItsHeaderAndItsEmptyReasons() throws IOException {
    ResultsCsv earlier =
        new ResultsCsv(FUNCTIONS, ResultsCsv.Extras.OVERLOAD_REASON, LatencyFormat.INTEGER);
    String started =
        earlier.dialect().formatRecord(earlier.header())
            + earlier
                .dialect()
                .formatRecord(earlier.cells(iteration(config(0, 10), 1, false).row()));
    Files.writeString(folder.resolve("results.csv"), started, StandardCharsets.UTF_8);

    try (ResultStore store = ResultStore.open(folder, FUNCTIONS, OutputSettings.DEFAULT)) {
      store.recordIteration(iteration(config(0, 10), 2, false), "node-1");
    }

    String now = read("results.csv");
    assertThat(now).startsWith(started).doesNotContain(",target").doesNotContain("none");
    assertThat(now.lines().skip(1)).hasSize(2).allSatisfy(line -> assertThat(line).endsWith(",0,"));
  }

  @ParameterizedTest
  @EnumSource(names = {"LATENCY_DETAIL", "OVERLOAD_REASON", "TARGET"})
  void aFolderStartedByAnEarlierBuildKeepsItsHeaderByteForByte(ResultsCsv.Extras extras)
      throws IOException {
    ResultsCsv earlier = new ResultsCsv(FUNCTIONS, extras, LatencyFormat.INTEGER);
    String started =
        earlier.dialect().formatRecord(earlier.header())
            + earlier
                .dialect()
                .formatRecord(earlier.cells(iteration(config(0, 10), 1, true).row()));
    Files.writeString(folder.resolve("results.csv"), started, StandardCharsets.UTF_8);

    try (ResultStore store = ResultStore.open(folder, FUNCTIONS, OutputSettings.DEFAULT)) {
      store.recordIteration(iteration(config(0, 10), 2, true));
    }

    String now = read("results.csv");
    assertThat(now).startsWith(started).doesNotContain("node_cores");
    assertThat(now.lines())
        .hasSize(3)
        .allSatisfy(line -> assertThat(line.split(",", -1)).hasSameSizeAs(earlier.header()));
  }

  @Test
  void writesWhyTheNodeWasOverloadedAndNoneWhenItWasNot() throws IOException {
    IterationRecord overloaded = iteration(config(10, 10), 1, true);
    ResultRow row = overloaded.row();
    IterationRecord withReasons =
        new IterationRecord(
            overloaded.configuration(),
            1,
            1,
            overloaded.summaryJson(),
            overloaded.metrics(),
            new ResultRow(row.functions(), row.node(), 0, List.of("cpu", "success_rate:figlet")));
    try (ResultStore store = ResultStore.open(folder, FUNCTIONS, OutputSettings.DEFAULT)) {
      store.recordIteration(withReasons, "node-1");
      store.recordIteration(iteration(config(0, 10), 1, false), "node-1");
    }

    List<String> lines = read("results.csv").lines().toList();
    assertThat(lines.get(1)).endsWith(",0,nan,cpu+success_rate:figlet,node-1");
    assertThat(lines.get(2)).endsWith(",0,nan,none,node-1");
    List<RecordedRow> rows = new ArrayList<>();
    ResultsFileReader.read(folder.resolve("results.csv"), rows::add);
    assertThat(rows.get(0).row().overloadReasons()).containsExactly("cpu", "success_rate:figlet");
    assertThat(rows.get(1).row().overloadReasons()).isEmpty();
  }

  @Test
  void namesArtifactsByTheConfiguredHash() throws IOException {
    OutputSettings sha256 = OutputSettings.DEFAULT.withConfigIdHash(ConfigIdHash.SHA256);
    try (ResultStore store = ResultStore.open(folder, FUNCTIONS, sha256)) {
      store.writeScript(config(20, 10).id(store.configIdHash()), "script");
      store.recordIteration(iteration(config(20, 10), 1, false));
    }

    // sha256("env:20|figlet:10")[:12], as the later versions name it; sha1 would be 9119962e05b1.
    assertThat(folder.resolve("summaries/summary-7a336d52f773-iter1-rep1.json")).exists();
    assertThat(folder.resolve("metrics/metrics-7a336d52f773-iter1-rep1.csv")).exists();
    assertThat(folder.resolve("k6_scripts/config-7a336d52f773.js")).exists();
    assertThat(folder.resolve("summaries/summary-9119962e05b1-iter1-rep1.json")).doesNotExist();
  }

  @Test
  void aResumedFolderKeepsTheHashItsArtifactsWereNamedWithAndSaysSo() throws IOException {
    OutputSettings sha256 = OutputSettings.DEFAULT.withConfigIdHash(ConfigIdHash.SHA256);
    Path later = Files.createDirectories(folder.resolve("later"));
    Path old = Files.createDirectories(folder.resolve("old"));
    try (ResultStore store = ResultStore.open(later, FUNCTIONS, sha256)) {
      store.recordIteration(iteration(config(20, 10), 1, false));
    }
    try (ResultStore store = ResultStore.open(old, FUNCTIONS, OutputSettings.DEFAULT)) {
      store.recordIteration(iteration(config(20, 10), 1, false));
    }

    try (LogCapture log = new LogCapture(ConfigIdFolder.class);
        ResultStore laterAgain = ResultStore.open(later, FUNCTIONS, OutputSettings.DEFAULT);
        ResultStore oldAgain = ResultStore.open(old, FUNCTIONS, sha256)) {
      assertThat(laterAgain.configIdHash()).isEqualTo(ConfigIdHash.SHA256);
      assertThat(oldAgain.configIdHash()).isEqualTo(ConfigIdHash.SHA1);
      laterAgain.recordIteration(iteration(config(20, 10), 2, false));
      oldAgain.recordIteration(iteration(config(20, 10), 2, false));
      assertThat(log.lines())
          .anySatisfy(
              line ->
                  assertThat(line)
                      .startsWith("WARN " + later)
                      .contains("named by sha256 config ids; resuming with config_id_hash: sha256"))
          .anySatisfy(
              line ->
                  assertThat(line)
                      .startsWith("WARN " + old)
                      .contains("named by sha1 config ids; resuming with config_id_hash: sha1"));
    }
    assertThat(later.resolve("summaries/summary-7a336d52f773-iter2-rep1.json")).exists();
    assertThat(old.resolve("summaries/summary-9119962e05b1-iter2-rep1.json")).exists();
  }

  @Test
  void aNewFolderTakesTheConfiguredHashSilently() throws IOException {
    OutputSettings sha256 = OutputSettings.DEFAULT.withConfigIdHash(ConfigIdHash.SHA256);
    try (LogCapture log = new LogCapture(ConfigIdFolder.class);
        ResultStore store = ResultStore.open(folder, FUNCTIONS, sha256)) {
      assertThat(store.configIdHash()).isEqualTo(ConfigIdHash.SHA256);
      assertThat(log.lines()).isEmpty();
    }
  }

  @Test
  void tallesTheIterationsAndOverloadsAlreadyOnDiskForAResume() {
    Configuration half = config(10, 10);
    Configuration other = config(0, 20);
    try (ResultStore store = ResultStore.open(folder, FUNCTIONS)) {
      store.recordIteration(iteration(half, 1, true));
      store.recordIteration(iteration(half, 2, false));
      store.recordIteration(iteration(other, 1, true));
      store.recordDone(other);
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    try (ResultStore store = ResultStore.open(folder, FUNCTIONS)) {
      ResultStore.ResumeState state = store.resumeState();
      assertThat(state.tally(half.key())).isEqualTo(new IterationTally(2, 1));
      assertThat(state.tally(other.key())).isEqualTo(new IterationTally(1, 1));
      assertThat(state.tally(config(0, 0).key())).isEqualTo(IterationTally.NONE);
      assertThat(state.indexed()).containsExactly(other.key());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void dropsATornLastLineLeftByACrashAndAppendsAfterTheLastWholeRow() throws IOException {
    Configuration configuration = config(0, 10);
    try (ResultStore store = ResultStore.open(folder, FUNCTIONS)) {
      store.recordIteration(iteration(configuration, 1, false));
    }
    Files.writeString(folder.resolve("results.csv"), "env,0,1.0", StandardOpenOption.APPEND);

    try (ResultStore store = ResultStore.open(folder, FUNCTIONS)) {
      assertThat(store.resumeState().tally(configuration.key()).iterations()).isEqualTo(1);
      store.recordIteration(iteration(configuration, 2, false));
    }

    List<String> lines = read("results.csv").lines().toList();
    assertThat(lines).hasSize(3).noneMatch(line -> line.equals("env,0,1.0"));
  }

  @Test
  void removesTheTemporaryFilesARunKilledMidWriteLeftBehind() throws IOException {
    Path summaries = Files.createDirectories(folder.resolve("summaries"));
    Path leftover = Files.writeString(summaries.resolve(".summary-x-iter1-rep1.json123.tmp"), "{");
    Path kept = Files.writeString(summaries.resolve("summary-x-iter1-rep1.json"), "{}");

    ResultStore.open(folder, FUNCTIONS).close();

    assertThat(leftover).doesNotExist();
    assertThat(kept).exists();
  }

  @Test
  void refusesToAppendToAResultsFileOfAnotherFunctionSet() throws IOException {
    try (ResultStore store = ResultStore.open(folder, List.of("nmap"))) {
      store.recordSkipped(Configuration.of(new RatePair("nmap", 10)));
    }

    assertThatThrownBy(() -> ResultStore.open(folder, FUNCTIONS))
        .isInstanceOfSatisfying(
            HeaderMismatchException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
              assertThat(e.getMessage())
                  .contains("results.csv was written for another campaign")
                  .contains("function_nmap");
            });
    assertThat(read("skipped.csv")).contains("nmap,10");
  }

  @Test
  void everyHeaderIsCheckedBeforeAnyFileIsChanged() throws IOException {
    ResultStore.open(folder, FUNCTIONS).close();
    Path results = folder.resolve("results.csv");
    Files.writeString(results, "env,1,torn", StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(results);
    Path leftover = Files.writeString(folder.resolve(".index.csv1.tmp"), "x");
    Files.writeString(folder.resolve("skipped.csv"), "function_nmap,rate_function_nmap\r\n");

    assertThatThrownBy(() -> ResultStore.open(folder, FUNCTIONS))
        .isInstanceOf(HeaderMismatchException.class)
        .hasMessageContaining("skipped.csv");
    assertThat(Files.readAllBytes(results)).isEqualTo(before);
    assertThat(leftover).exists();
  }

  @Test
  void aTornLastLineIsMovedToASideFileNamedInTheLog() throws IOException {
    ResultStore.open(folder, FUNCTIONS).close();
    Path results = folder.resolve("results.csv");
    String whole = read("results.csv");
    Files.writeString(results, "env,1,torn", StandardOpenOption.APPEND);

    try (LogCapture log = new LogCapture(OpenTables.class);
        ResultStore store = ResultStore.open(folder, FUNCTIONS)) {
      assertThat(store.folder()).isEqualTo(folder);
      List<Path> sideFiles;
      try (Stream<Path> files = Files.list(folder)) {
        sideFiles =
            files.filter(f -> f.getFileName().toString().startsWith("results.csv.torn-")).toList();
      }
      assertThat(sideFiles).hasSize(1);
      assertThat(sideFiles.get(0)).hasContent("env,1,torn");
      assertThat(log.lines()).anyMatch(line -> line.contains(sideFiles.get(0).toString()));
    }
    assertThat(read("results.csv")).isEqualTo(whole);
  }

  @Test
  void artifactsGetThePermissionsOfTheCsvs() throws IOException {
    try (ResultStore store = ResultStore.open(folder, FUNCTIONS)) {
      store.recordIteration(iteration(config(10, 20), 1, false));
      store.writeScript(config(10, 20).id(), "export default function () {}");
    }

    var csv = Files.getPosixFilePermissions(folder.resolve("results.csv"));
    try (Stream<Path> files = Files.walk(folder)) {
      assertThat(files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".lock")))
          .hasSizeGreaterThan(4)
          .allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file)).isEqualTo(csv));
    }
  }

  @Test
  void listsASkippedConfigurationOnceAcrossResumes() throws IOException {
    Configuration configuration = config(20, 30);
    try (ResultStore store = ResultStore.open(folder, FUNCTIONS)) {
      store.recordSkipped(configuration);
      store.recordSkipped(configuration);
    }
    try (ResultStore store = ResultStore.open(folder, FUNCTIONS)) {
      store.recordSkipped(configuration);
    }

    assertThat(read("skipped.csv"))
        .isEqualTo(
            "function_env,rate_function_env,function_figlet,rate_function_figlet\r\n"
                + "env,20,figlet,30\r\n");
  }

  @Test
  void resumesAnOutputFolderOfTheOldToolAndAppendsToItsIndex() throws IOException {
    try (InputStream legacy = getClass().getResourceAsStream("/fixtures/legacy-output/index.csv")) {
      Files.copy(legacy, folder.resolve("index.csv"));
    }

    try (ResultStore store = ResultStore.open(folder, FUNCTIONS)) {
      assertThat(store.resumeState().indexed())
          .hasSize(5)
          .contains(config(0, 10).key(), Configuration.of(new RatePair("env", 10)).key());
      store.recordDone(config(0, 20));
    }

    assertThat(read("index.csv"))
        .endsWith(
            "['env', 'figlet'];[0, 10];results.csv\r\n['env', 'figlet'];[0, 20];results.csv\r\n");
  }

  @Test
  void saysWhichFolderCannotBeUsed() throws IOException {
    Path notAFolder = Files.writeString(folder.resolve("file"), "x");

    assertThatThrownBy(() -> ResultStore.open(notAFolder.resolve("out"), FUNCTIONS))
        .hasMessageContaining("cannot use output folder " + notAFolder.resolve("out"));
  }
}
