package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.TestResources;
import org.dfaas.sampler.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exported and the native files read by pandas as the DFaaS project's code reads them
 * (src/test/resources/pandas/read_like_dfaas.py): its notebooks (name columns dropped, every other
 * column filled, rates and latencies numeric, no text column with an empty cell, which pandas 3's
 * fillna(0) refuses) and its sampler's resume (the overloaded column by configuration).
 */
@Requires(Tool.PYTHON3_PANDAS)
class PandasReadsExportsTest {

  private static final Path SCRIPT = TestResources.path("/pandas/read_like_dfaas.py");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"quickstart", "quickstart-frontier", "quickstart-pool", "legacy-grid"})
  void theNotebooksReadTheNativeAndEveryExportedResultsFile(String name) throws Exception {
    ExportCommandTest.copyFixture(name, dir.resolve(name));
    assertThat(CliRun.of(dir, "export", name, "--format", "dfaas", "--out", "dfaas").exitCode())
        .isZero();
    assertThat(CliRun.of(dir, "export", name, "--format", "csv", "--out", "all.csv").exitCode())
        .isZero();
    List<String> files = new ArrayList<>();
    files.add(dir.resolve(name + "/results.csv").toString());
    files.add(dir.resolve("all.csv").toString());
    try (Stream<Path> walk = Files.walk(dir.resolve("dfaas"))) {
      walk.filter(p -> p.getFileName().toString().startsWith("results-"))
          .map(Path::toString)
          .sorted()
          .forEach(files::add);
    }

    Python run = python("notebook", files);

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out().lines()).hasSameSizeAs(files);
  }

  @ParameterizedTest
  @ValueSource(strings = {"quickstart", "quickstart-frontier"})
  void theResumeReadsFromTheExportedIndexTheClassesOfTheExport(String name) throws Exception {
    ExportCommandTest.copyFixture(name, dir.resolve(name));
    assertThat(CliRun.of(dir, "export", name, "--format", "dfaas", "--out", "dfaas").exitCode())
        .isZero();
    Path index = dir.resolve("dfaas/index.csv");

    Python run = python("resume", List.of(index.toString()));

    assertThat(run.exitCode()).as(run.out()).isZero();
    Map<String, Boolean> read = new TreeMap<>();
    run.out().lines().forEach(line -> read.put(line.split(" ")[0], line.endsWith(" overloaded")));
    assertThat(read).isNotEmpty().isEqualTo(DfaasResume.classes(index));
  }

  @Test
  void findsTheEmptyTextCellOfAFolderStartedBeforeOverloadReasonSaidNone() throws Exception {
    Path file = dir.resolve("results.csv");
    Files.writeString(
        file,
        "function_env,rate_function_env,success_rate_function_env,overloaded_node,"
            + "overload_reason\r\n"
            + "env,10,1.000,0,\r\n"
            + "env,20,0.500,1,success_rate\r\n",
        StandardCharsets.UTF_8);

    Python run = python("notebook", List.of(file.toString()));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("text column overload_reason has an empty cell");
  }

  private record Python(int exitCode, String out) {}

  private Python python(String mode, List<String> files) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Tool.PYTHON3_PANDAS.path().toString());
    command.add(SCRIPT.toString());
    command.add(mode);
    command.addAll(files);
    Path out = Files.createTempFile(dir, "python", ".out");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("python did not finish within 60 s: " + command);
    }
    return new Python(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }
}
