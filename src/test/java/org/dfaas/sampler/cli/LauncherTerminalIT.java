package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/dfaas-sampler run} as a user types it, stdout and stderr to files as when piped: the
 * command to type next starts as the user's did, and a configuration skipped as dominated is told
 * once on stderr while {@code campaign.log} keeps the old tool's line for each iteration.
 */
class LauncherTerminalIT {

  @TempDir Path dir;

  @Test
  void theLauncherNamesItselfInTheNextCommandAndADominatedConfigurationIsToldOnce()
      throws Exception {
    Path config = dir.resolve("c.yaml");
    Files.writeString(
        config,
        """
        load_generator: builtin
        platform: sandbox
        metrics_source: sandbox
        functions: [{name: figlet}]
        rate_strategy: {type: custom, rates: [5, 200]}
        combinations: {min_functions: 1, max_functions: 2}
        duration: 1s
        iterations: 3
        warmup: {duration: 0s}
        cooldown: {max_wait_seconds: 60, sleep_step_seconds: 1, idle_threshold_pct: 100}
        overload: {replicas_overload_threshold: 1}
        """);
    Path output = dir.resolve("out");
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");

    Process run =
        new ProcessBuilder(
                "bin/dfaas-sampler", "run", "-c", config.toString(), "--output", output.toString())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();

    assertThat(run.waitFor(180, TimeUnit.SECONDS)).as("run ended within 180 s").isTrue();
    String err = Files.readString(stderr);
    assertThat(run.exitValue()).as(err).isZero();
    assertThat(Files.readString(stdout))
        .contains("Campaign ")
        .endsWith("next: bin/dfaas-sampler report " + output + System.lineSeparator());
    List<String> skippedOnScreen =
        err.lines().filter(line -> line.contains("skipped=dominated_by_overload")).toList();
    assertThat(skippedOnScreen)
        .as(err)
        .singleElement()
        .asString()
        .contains("DFaaS config 2/2 iter 1/3");
    assertThat(Files.readString(output.resolve("campaign.log")))
        .contains(
            "DFaaS config 2/2 iter 1/3 (",
            "DFaaS config 2/2 iter 2/3 (",
            "DFaaS config 2/2 iter 3/3 (")
        .containsPattern("iter 3/3 \\([0-9a-f]{12}\\) skipped=dominated_by_overload: figlet=200");
  }
}
