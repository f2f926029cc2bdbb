package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.dfaas.sampler.TestResources;
import org.dfaas.sampler.config.OutputSettings;
import org.dfaas.sampler.results.ResultStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} as a user types it: the DFaaS layout checked against files written by hand from
 * its documented layout (docs/export.md), fleets and pools, what is left out, and a folder in use.
 */
class ExportCommandTest {

  @TempDir Path dir;

  static Path copyFixture(String name, Path to) throws IOException {
    Path source = TestResources.path("/fixtures/export/" + name);
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path from : walk.toList()) {
        Path into = to.resolve(source.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(into);
        } else {
          Files.copy(from, into);
        }
      }
    }
    return to;
  }

  static void assertSameFiles(Path actual, Path expected) throws IOException {
    List<String> expectedNames = names(expected);
    assertThat(names(actual)).isEqualTo(expectedNames);
    for (String name : expectedNames) {
      assertThat(Files.readString(actual.resolve(name), StandardCharsets.UTF_8))
          .as(name)
          .isEqualTo(Files.readString(expected.resolve(name), StandardCharsets.UTF_8));
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesAnOldToolsFolderInTheDfaasLayoutAndSaysWhatItLeftOut() throws IOException {
    copyFixture("legacy-grid", dir.resolve("campaign"));

    CliRun run = CliRun.of(dir, "export", "campaign", "--format", "dfaas", "--out", "dfaas");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertSameFiles(
        dir.resolve("dfaas"), TestResources.path("/fixtures/export/dfaas-expected/legacy-grid"));
    assertThat(run.out())
        .contains("exported 5 rows of 3 configurations (dfaas)")
        .contains("predicted overloaded  1 configurations")
        .contains("1 failed configurations")
        .contains("1 last rows still being written");
    assertThat(dir.resolve("dfaas.part")).doesNotExist();
  }

  @Test
  void exportsAFolderThatARunningCampaignHoldsWithoutItsLockAndOnlyItsCompleteRows()
      throws IOException {
    Path campaign = copyFixture("legacy-grid", dir.resolve("campaign"));

    CliRun run;
    try (ResultStore running =
        ResultStore.open(campaign, List.of("cpu", "figlet"), OutputSettings.DEFAULT)) {
      Files.writeString(
          campaign.resolve("results.csv"), "cpu,10,1.000,2", StandardOpenOption.APPEND);
      run = CliRun.of(dir, "export", "campaign", "--format", "dfaas", "--out", "dfaas");
      assertThat(running.resumeState()).isNotNull();
    }

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("exported 5 rows").contains("1 last rows still being written");
    assertThat(Files.readAllLines(dir.resolve("dfaas/results-0-cpu.csv"))).hasSize(4);
  }

  @Test
  void refusesAnOutFolderThatAlreadyHoldsSomethingAndLeavesItAsItWas() throws IOException {
    copyFixture("legacy-grid", dir.resolve("campaign"));
    Path kept = Files.createDirectories(dir.resolve("dfaas")).resolve("notes.txt");
    Files.writeString(kept, "mine");

    CliRun run = CliRun.of(dir, "export", "campaign", "--format", "dfaas", "--out", "dfaas");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--out").contains("dfaas").contains("not empty");
    assertThat(names(dir.resolve("dfaas"))).containsExactly("notes.txt");
    assertThat(kept).hasContent("mine");
  }

  @Test
  void refusesAFolderThatHoldsNoResults() throws IOException {
    Files.createDirectories(dir.resolve("empty"));

    CliRun run = CliRun.of(dir, "export", "empty", "--format", "csv", "--out", "all.csv");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("empty").contains("no results.csv");
    assertThat(dir.resolve("all.csv")).doesNotExist();
  }

  @Test
  void refusesAnUnknownFormatNamingTheChoices() throws IOException {
    copyFixture("legacy-grid", dir.resolve("campaign"));

    CliRun run = CliRun.of(dir, "export", "campaign", "--format", "parquet", "--out", "x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("parquet").contains("DFAAS").contains("JSONL");
  }

  @Test
  void exportsEachTargetOfAFleetToAFolderOfItsOwnOrOneTargetAlone() throws IOException {
    copyFixture("legacy-grid", dir.resolve("fleet/node-a"));
    copyFixture("legacy-grid", dir.resolve("fleet/node-b"));
    Path expected = TestResources.path("/fixtures/export/dfaas-expected/legacy-grid");

    CliRun all = CliRun.of(dir, "export", "fleet", "--format", "dfaas", "--out", "all");
    CliRun one =
        CliRun.of(dir, "export", "fleet", "--format", "dfaas", "--out", "b", "--target", "node-b");
    CliRun none =
        CliRun.of(dir, "export", "fleet", "--format", "dfaas", "--out", "c", "--target", "node-c");

    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(names(dir.resolve("all"))).containsExactly("node-a", "node-b");
    assertSameFiles(dir.resolve("all/node-a"), expected);
    assertSameFiles(dir.resolve("all/node-b"), expected);
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertSameFiles(dir.resolve("b"), expected);
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("node-c").contains("node-a, node-b");
    assertThat(dir.resolve("c")).doesNotExist();
  }

  @Test
  void leavesConfigurationsInferredNotOverloadedOutOfTheIndexAndCountsThem() throws IOException {
    Path campaign = copyFixture("legacy-grid", dir.resolve("campaign"));
    Files.writeString(
        campaign.resolve("frontier.csv"),
        String.join(
            "\r\n",
            "config_id,function_cpu,rate_function_cpu,function_figlet,rate_function_figlet,status,implied_by",
            "aaaaaaaaaaaa,cpu,10,,,measured_overloaded,",
            "bbbbbbbbbbbb,cpu,5,,,inferred_ok,cccccccccccc",
            "dddddddddddd,cpu,20,,,inferred_overloaded,aaaaaaaaaaaa",
            "eeeeeeeeeeee,cpu,40,,,inferred_overloaded,aaaaaaaaaaaa",
            "ffffffffffff,,,figlet,10,inferred_ok,gggggggggggg",
            ""));

    CliRun run = CliRun.of(dir, "export", "campaign", "--format", "dfaas", "--out", "dfaas");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("predicted overloaded  2 configurations")
        .contains("left out              2 configurations inferred not overloaded");
    List<String> index = Files.readAllLines(dir.resolve("dfaas/index.csv"));
    assertThat(index.subList(6, index.size()))
        .containsExactly("['cpu'];[20];True;True;", "['cpu'];[40];True;True;");
    assertThat(index).noneMatch(line -> line.startsWith("['cpu'];[5]"));
  }
}
