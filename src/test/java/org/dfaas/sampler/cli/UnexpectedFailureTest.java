package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.Sleeper;
import org.dfaas.sampler.campaign.CooldownManager;
import org.dfaas.sampler.runtime.SamplerEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bug in the middle of a campaign (an exception that is not the tool's own failure): the campaign
 * stops with exit 1, the stack trace is in {@code campaign.log}, and no configuration is recorded
 * as failed for it.
 */
class UnexpectedFailureTest {

  @TempDir Path dir;

  /** The real clock, except when the cooldown reads it: there it fails as a bug would. */
  private static final class ClockWithABugInTheCooldown extends Clock {

    @Override
    public Instant instant() {
      boolean inCooldown =
          StackWalker.getInstance()
              .walk(
                  frames ->
                      frames.anyMatch(
                          f -> f.getClassName().equals(CooldownManager.class.getName())));
      if (inCooldown) {
        throw new NullPointerException("a bug in the cooldown");
      }
      return Instant.now();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("UTC only");
    }
  }

  @Test
  void aBugStopsTheCampaignWithExitOneAndItsStackTraceInCampaignLogNeverInSkippedCsv()
      throws Exception {
    Files.writeString(
        dir.resolve("campaign.yaml"),
        """
        load_generator: builtin
        platform: sandbox
        metrics_source: sandbox
        output_dir: out
        functions: [{name: figlet, method: POST, body: hi}]
        rate_strategy: {type: custom, rates: [5, 10]}
        combinations: {min_functions: 1, max_functions: 2}
        duration: 1s
        iterations: 1
        warmup: {duration: 0s}
        """);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    SamplerEnvironment environment =
        new SamplerEnvironment(
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of("LB_RUN_HOST", "bug"),
            dir,
            new ClockWithABugInTheCooldown(),
            Sleeper.SYSTEM,
            null);

    int exitCode = new Cli(environment).run("run", "-c", "campaign.yaml");

    assertThat(exitCode).as(err.toString()).isEqualTo(ExitCode.RUNTIME_FAILURE);
    assertThat(err.toString())
        .contains("unexpected failure", "NullPointerException: a bug in the cooldown");
    assertThat(Files.readString(dir.resolve("out/campaign.log")))
        .contains("stopped by an unexpected failure")
        .contains("java.lang.NullPointerException: a bug in the cooldown")
        .contains("\tat " + CooldownManager.class.getName() + ".awaitIdle");
    Path skipped = dir.resolve("out/skipped.csv");
    List<String> skippedLines = Files.exists(skipped) ? Files.readAllLines(skipped) : List.of();
    assertThat(skippedLines).as("skipped.csv: its header at most").hasSizeLessThanOrEqualTo(1);
  }
}
