package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder keeps the config it was started with: a resume that would mix data is refused. */
class ResumeGuardTest {

  /** A one-configuration sandbox campaign of about a second, for the tests of this package. */
  static final String QUICK =
      """
      load_generator: builtin
      platform: sandbox
      metrics_source: sandbox
      output_dir: out
      functions: [{name: figlet}]
      rate_strategy: {type: custom, rates: [5]}
      combinations: {min_functions: 1, max_functions: 2}
      duration: 1s
      iterations: 1
      cooldown: {max_wait_seconds: 10, sleep_step_seconds: 1, idle_threshold_pct: 100}
      """;

  @TempDir Path dir;

  private CliRun run(String config, String... extra) throws IOException {
    Files.writeString(dir.resolve("c.yaml"), config);
    String[] args = new String[3 + extra.length];
    args[0] = "run";
    args[1] = "-c";
    args[2] = "c.yaml";
    System.arraycopy(extra, 0, args, 3, extra.length);
    return CliRun.of(dir, args);
  }

  @Test
  void refusesAResumeWithOtherDataKeysUnlessForcedAndLogsTheForce() throws IOException {
    CliRun first = run(QUICK);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(Files.readString(dir.resolve("out/campaign.yaml")))
        .contains("duration: 1s", "name: figlet");

    CliRun changed = run(QUICK.replace("duration: 1s", "duration: 2s"));

    assertThat(changed.exitCode()).isEqualTo(2);
    assertThat(changed.err())
        .contains("differs in duration (was 1s, now 2s)")
        .contains("--force")
        .doesNotContain("Usage");

    CliRun forced = run(QUICK.replace("duration: 1s", "duration: 2s"), "--force");

    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readString(dir.resolve("out/campaign.log")))
        .contains("--force: resuming with a config that differs from campaign.yaml in duration");
    assertThat(Files.readString(dir.resolve("out/campaign.yaml"))).contains("duration: 1s");
  }

  @Test
  void aFolderWithoutCampaignYamlResumesAndIsRecordedFromNowOn() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(
        dir.resolve("out/index.csv"),
        "functions;rates;results_file\r\n['figlet'];[5];results.csv\r\n");

    CliRun resumed = run(QUICK.replace("duration: 1s", "duration: 2s"));

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(Files.readString(dir.resolve("out/campaign.yaml"))).contains("duration: 2s");
  }

  @Test
  void aFolderWithoutARowTakesANewConfigWithANotice() throws IOException {
    // A first run that failed before its first row: the config and the headers are written.
    CliRun failed =
        run(
            QUICK
                    .replace("platform: sandbox", "platform: openfaas")
                    .replace("metrics_source: sandbox", "metrics_source: local")
                    .replace("name: figlet", "name: env")
                + "openfaas_password_file: no-such-password-file\n");
    assertThat(failed.err()).contains("no-such-password-file");
    assertThat(Files.readString(dir.resolve("out/campaign.yaml"))).contains("name: env");

    CliRun fixed = run(QUICK);

    assertThat(fixed.exitCode()).as(fixed.out() + fixed.err()).isZero();
    assertThat(Files.readString(dir.resolve("out/campaign.yaml")))
        .contains("name: figlet")
        .doesNotContain("name: env");
    assertThat(Files.readString(dir.resolve("out/campaign.log")))
        .contains(
            "holds no row yet: it now takes this config, which differs from its campaign.yaml in"
                + " functions: env removed");
  }
}
