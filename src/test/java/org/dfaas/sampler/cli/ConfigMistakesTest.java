package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mistakes a new user makes on the first day, each answered in a line, with exit code 2. */
class ConfigMistakesTest {

  @TempDir Path dir;

  @BeforeEach
  void writeAConfig() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), "functions: [{name: env}]\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "run --config campaign.yaml | run -c campaign.yaml",
        "plan campaign.yaml | plan -c campaign.yaml",
        "plan --config=campaign.yaml | plan -c campaign.yaml",
        "check campaign.yaml --json | check -c campaign.yaml --json",
        "validate campaign.yaml | validate -c campaign.yaml"
      })
  void aConfigFileWithoutDashCGetsTheCommandMeantInOneLine(String typed, String meant) {
    CliRun run = CliRun.of(dir, typed.split(" "));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "error: the config file goes after -c; did you mean `dfaas-sampler " + meant + "`?");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void otherArgumentMistakesStillShowTheUsage() {
    CliRun run = CliRun.of(dir, "plan", "-c", "campaign.yaml", "--bogus-flag");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--bogus-flag'", "Usage:");
  }

  @Test
  void aMisspeltKeyIsAnErrorNamingTheKeyMeant() throws IOException {
    Files.writeString(
        dir.resolve("typo.yaml"),
        "functions: [{name: env, metod: POST}]\noverload: {replica_overload_threshold: 3}\n");

    CliRun run = CliRun.of(dir, "validate", "-c", "typo.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("functions[0].metod: unknown key; did you mean `method`?")
        .contains(
            "overload.replica_overload_threshold: unknown key; did you mean"
                + " `replicas_overload_threshold`?");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aKeyFarFromEveryKnownOneOnlyWarnsAndTheCommandGoesOn() throws IOException {
    Files.writeString(dir.resolve("extra.yaml"), "functions: [{name: env}]\ncolour: blue\n");

    CliRun run = CliRun.of(dir, "validate", "-c", "extra.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("warning: colour: unknown key, ignored");
  }

  @Test
  void aKnownKeyAtTheWrongLevelIsAnErrorNamingWhereItBelongs() throws IOException {
    Files.writeString(
        dir.resolve("misplaced.yaml"),
        "functions: [{name: env}]\nreplicas_overload_threshold: 5\ncooldown: {iterations: 2}\n");

    CliRun run = CliRun.of(dir, "validate", "-c", "misplaced.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "replicas_overload_threshold: not a key at this level; did you mean"
                + " `overload.replicas_overload_threshold`?")
        .contains(
            "cooldown.iterations: not a key at this level; did you mean `iterations` or"
                + " `search.iterations`?")
        .doesNotContain("ignored");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aKeyOfABlockTheConfigLeavesOutIsStillFound() throws IOException {
    Files.writeString(
        dir.resolve("misplaced.yaml"), "functions: [{name: env}]\nidle_threshold_pct: 20\n");

    CliRun run = CliRun.of(dir, "run", "-c", "misplaced.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("did you mean `cooldown.idle_threshold_pct`?");
  }
}
