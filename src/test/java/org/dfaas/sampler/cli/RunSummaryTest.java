package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What run tells at the end and after each iteration, on the embedded parts. */
class RunSummaryTest {

  private static final String QUICK =
      """
      load_generator: builtin
      platform: sandbox
      metrics_source: sandbox
      output_dir: out
      functions: [{name: figlet}]
      rate_strategy: {type: custom, rates: [5, 200]}
      combinations: {min_functions: 1, max_functions: 2}
      duration: 1s
      iterations: 1
      # Generous: a machine busy with other work may take a while to come back under 2 × baseline.
      cooldown: {max_wait_seconds: 60, sleep_step_seconds: 1, idle_threshold_pct: 100}
      overload: {replicas_overload_threshold: 1}
      colour: blue
      """;

  @TempDir Path dir;

  @Test
  void summarisesTheSessionAndTheWholeFolderAndNamesTheNextCommand() throws IOException {
    Files.writeString(dir.resolve("c.yaml"), QUICK);

    CliRun first = CliRun.of(dir, "run", "-c", "c.yaml");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("this session   whole folder")
        .containsPattern("run +1 +1 done")
        .containsPattern("overloaded +1 +1")
        .containsPattern("skipped +1 +dominated by an overloaded one")
        .containsPattern("overload reasons   .*replicas:figlet 1")
        .contains("warnings           1 (also in the log)", "config: colour: unknown key, ignored")
        .endsWith("next: dfaas-sampler report out" + System.lineSeparator());
    String log = Files.readString(dir.resolve("out/campaign.log"));
    assertThat(log)
        .contains("WARN  config: colour: unknown key, ignored")
        .containsPattern(
            "iter 1/1 \\([0-9a-f]{12}\\) measured: success [0-9.]+ %, p95 latency [0-9.]+ ms \\(mean [0-9.]+ ms\\),"
                + " node CPU [0-9.]+ % of capacity, RAM [0-9.]+ %, overloaded: yes"
                + " \\((cpu\\+)?replicas:figlet\\)");

    CliRun again = CliRun.of(dir, "run", "-c", "c.yaml");
    assertThat(again.out()).doesNotContain("resume:");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).containsPattern("run +0 +1 done").containsPattern("overloaded +0 +1");
  }

  @Test
  void namesTheCommandAsTypedAndAfterAStopTheRunThatResumesWithTheOutputAndOverridesGiven()
      throws IOException {
    Files.writeString(
        dir.resolve("c.yaml"),
        // Two function sets: neither can be skipped as dominated, whatever the machine's load.
        QUICK
            .replace("functions: [{name: figlet}]", "functions: [{name: figlet}, {name: env}]")
            .replace("rates: [5, 200]", "rates: [5]")
            .replace("colour: blue", ""));

    CliRun stopped =
        CliRun.withEnv(
            dir,
            java.util.Map.of("DFAAS_SAMPLER_COMMAND", "bin/dfaas-sampler"),
            "run",
            "-c",
            "c.yaml",
            "--output",
            "my out",
            "--set",
            "duration=1s",
            "--max-configs",
            "1");

    assertThat(stopped.exitCode()).as(stopped.err()).isEqualTo(1);
    assertThat(stopped.out())
        .contains("stopped: --max-configs 1 reached")
        .endsWith(
            "resume: bin/dfaas-sampler run -c c.yaml --set duration=1s --output 'my out'"
                + System.lineSeparator()
                + "next: bin/dfaas-sampler report 'my out'"
                + System.lineSeparator());
  }
}
