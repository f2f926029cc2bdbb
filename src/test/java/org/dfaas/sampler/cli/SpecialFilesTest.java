package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dfaas.sampler.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files and folders: a link, FIFO or device planted in an output folder, or given as
 * --replay, is refused with exit 2 naming it, without following it, blocking on it or reading it.
 */
class SpecialFilesTest {

  private static final Duration NEVER_BLOCKS = Duration.ofSeconds(60);

  @TempDir Path dir;

  private Path out() throws IOException {
    return Files.createDirectories(dir.resolve("out"));
  }

  private Path precious() throws IOException {
    return Files.writeString(dir.resolve("precious.txt"), "precious content\n");
  }

  private CliRun command(String... args) throws IOException {
    Files.writeString(dir.resolve("c.yaml"), ResumeGuardTest.QUICK);
    return assertTimeoutPreemptively(NEVER_BLOCKS, () -> CliRun.of(dir, args));
  }

  private CliRun run() throws IOException {
    return command("run", "-c", "c.yaml");
  }

  private void mkfifo(Path path) throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
  }

  private static void assertRefused(CliRun run, String named, String kind) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(named, kind).doesNotContain("precious content", "\tat ");
  }

  @Test
  void aSymlinkedLockIsRefusedNeitherTruncatedNorPrinted() throws Exception {
    Path target = precious();
    Files.createSymbolicLink(out().resolve(".dfaas-sampler.lock"), target);

    CliRun run = run();

    assertRefused(run, ".dfaas-sampler.lock", "symbolic link");
    assertThat(target).hasContent("precious content");
  }

  @Test
  void aSymlinkedResultsFileIsRefusedAndNothingIsWrittenThroughIt() throws Exception {
    Path target = precious();
    Files.createSymbolicLink(out().resolve("results.csv"), target);

    assertRefused(run(), "results.csv", "symbolic link");
    assertThat(target).hasContent("precious content");
  }

  @Test
  void aSymlinkedSummariesFolderIsRefused() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(out().resolve("summaries"), elsewhere);

    assertRefused(run(), "summaries", "symbolic link, not a folder");
    try (Stream<Path> files = Files.list(elsewhere)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aLinkPlantedWhereAnIterationsMetricsOrSummaryGoesIsRefusedAndNotReplaced() throws Exception {
    CliRun first = run();
    assertThat(first.exitCode()).as(first.err()).isZero();
    Path out = dir.resolve("out");
    Path metrics = firstFile(out.resolve("metrics"));
    Path summary = firstFile(out.resolve("summaries"));
    Path target = precious();
    for (Path planted : List.of(metrics, summary)) {
      deleteOutputFolder(out);
      Files.createDirectories(planted.getParent());
      Files.createSymbolicLink(planted, target);

      // Found mid-campaign: the campaign stops, and its summary on stdout says why.
      CliRun refused = run();
      assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(refused.out())
          .contains(
              "stopped: output folder entry", planted.getFileName().toString(), "symbolic link")
          .doesNotContain("precious content");
      assertThat(planted).isSymbolicLink();
      assertThat(target).hasContent("precious content");
    }
  }

  private static Path firstFile(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().findFirst().orElseThrow();
    }
  }

  private static void deleteOutputFolder(Path out) throws IOException {
    try (Stream<Path> entries = Files.walk(out)) {
      for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(entry);
      }
    }
  }

  @Test
  void aFifoAsIndexOrResultsNeverBlocksRun() throws Exception {
    for (String name : List.of("index.csv", "results.csv")) {
      Path fifo = out().resolve(name);
      mkfifo(fifo);

      assertRefused(run(), name, "special file");
      Files.delete(fifo);
    }
  }

  @Test
  void reportRefusesASymlinkedPageAFifoSummaryAndASummaryLinkedToDevZero() throws Exception {
    // Without the extra columns the report reads the latencies from the summaries.
    CliRun measured = command("run", "-c", "c.yaml", "--set", "results_extra_columns=false");
    assertThat(measured.exitCode()).as(measured.err()).isZero();
    Path out = dir.resolve("out");
    Path summary;
    try (Stream<Path> files = Files.list(out.resolve("summaries"))) {
      summary = files.findFirst().orElseThrow();
    }
    Path target = precious();
    Path page = Files.createSymbolicLink(out.resolve("report.html"), target);

    assertRefused(command("report", "out"), "report.html", "symbolic link");
    assertThat(target).hasContent("precious content");
    Files.delete(page);

    Files.delete(summary);
    mkfifo(summary);
    assertRefused(command("report", "out"), summary.getFileName().toString(), "special file");

    Files.delete(summary);
    Files.createSymbolicLink(summary, Path.of("/dev/zero"));
    assertRefused(command("report", "out"), summary.getFileName().toString(), "symbolic link");
  }

  @Test
  void replayRefusesALinkAndAFifo() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("linked.csv"), precious());
    assertRefused(command("plan", "-c", "c.yaml", "--replay", "linked.csv"), "--replay", "link");

    mkfifo(dir.resolve("fifo.csv"));
    assertRefused(
        command("plan", "-c", "c.yaml", "--replay", "fifo.csv"), "fifo.csv", "special file");
    assertThat(link).isSymbolicLink();
  }
}
