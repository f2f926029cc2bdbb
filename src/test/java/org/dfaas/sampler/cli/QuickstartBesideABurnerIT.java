package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quickstarts on a machine with other work on it: a process burning a whole core runs beside
 * them, and the sandbox, measuring only itself, reads an idle node as idle, cools down and exits 0
 * (with this machine's /proc its idle CPU was the burner's and cooldowns failed).
 */
class QuickstartBesideABurnerIT {

  @TempDir Path work;
  private Process burner;

  @BeforeEach
  void startBurner() throws Exception {
    burner = new ProcessBuilder("/bin/sh", "-c", "while :; do :; done").start();
  }

  @AfterEach
  void stopBurner() throws Exception {
    burner.destroyForcibly();
    assertThat(burner.waitFor(10, TimeUnit.SECONDS)).isTrue();
  }

  private List<CSVRecord> run(String example) throws Exception {
    assertThat(burner.isAlive()).as("the burner runs").isTrue();
    Path output = work.resolve(example);

    CliRun run =
        CliRun.of(
            work,
            "run",
            "-c",
            Path.of("examples", example + ".yaml").toAbsolutePath().toString(),
            "--output",
            output.toString(),
            "--set",
            "duration=2s",
            "--set",
            "rate_strategy={type: custom, rates: [25, 50]}");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(burner.isAlive()).as("the burner ran throughout").isTrue();
    try (Reader reader = Files.newBufferedReader(output.resolve("results.csv"))) {
      return CSVFormat.DEFAULT.builder().setHeader().get().parse(reader).getRecords();
    }
  }

  private static void assertIdleIsTheSandboxs(List<CSVRecord> rows) {
    assertThat(rows).isNotEmpty();
    for (CSVRecord row : rows) {
      // The burner alone keeps this machine's CPU near 100 %: none of it is the sandbox's.
      assertThat(Double.parseDouble(row.get("cpu_usage_idle_node"))).isLessThan(1.0);
      assertThat(Double.parseDouble(row.get("cpu_usage_node"))).isPositive();
      assertThat(Integer.parseInt(row.get("rest_seconds"))).isLessThan(20);
    }
  }

  @Test
  void theQuickstartReadsTheSandboxsIdleAndExitsZero() throws Exception {
    assertIdleIsTheSandboxs(run("quickstart"));
  }

  @Test
  void thePoolQuickstartCoolsDownOnBothSandboxesAndExitsZero() throws Exception {
    List<CSVRecord> rows = run("quickstart-pool");

    assertIdleIsTheSandboxs(rows);
    assertThat(rows).extracting(row -> row.get("target")).contains("sandbox-a", "sandbox-b");
  }
}
