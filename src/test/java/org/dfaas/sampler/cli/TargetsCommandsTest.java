package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, plan and run on a config with targets, in-process: messages and exit codes. */
class TargetsCommandsTest {

  private static final String PLAN =
      """
      functions: [{name: figlet}, {name: env}]
      rate_strategy: {type: custom, rates: [10, 20]}
      combinations: {min_functions: 1, max_functions: 2}
      duration: 10s
      iterations: 1
      cooldown: {max_wait_seconds: 20}
      """;

  @TempDir Path dir;

  private void config(String name, String yaml) throws Exception {
    Files.writeString(dir.resolve(name), yaml);
  }

  @Test
  void validatePrintsTheTargetsWithTheirSecretsMasked() throws Exception {
    config(
        "c.yaml",
        PLAN
            + "targets_mode: fleet\n"
            + "targets: [{name: light, node_type: LIGHT, openfaas_password: s3cret-pw}]\n");

    CliRun run = CliRun.of(dir, "validate", "-c", "c.yaml");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("targets_mode: fleet", "- name: light", "node_type: LIGHT");
    assertThat(run.out() + run.err()).doesNotContain("s3cret-pw");
  }

  @Test
  void aBadTargetIsRefusedWithItsKeyPathAndExitTwo() throws Exception {
    config(
        "c.yaml",
        PLAN
            + "targets_mode: fleet\n"
            + "targets: [{name: a}, {name: a, k6_hots: x}, {k6_host: h}]\n");

    CliRun run = CliRun.of(dir, "validate", "-c", "c.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("targets[1].name")
        .contains("targets[1].k6_hots")
        .contains("did you mean `k6_host`?")
        .contains("targets[2].name");
  }

  @Test
  void planOfAFleetIsTheLongestTargetsCampaign() throws Exception {
    config("c.yaml", PLAN + "targets_mode: fleet\ntargets: [{name: light}, {name: heavy}]\n");
    // heavy has one configuration done already: light's campaign is the longer one.
    Path heavy = Files.createDirectories(dir.resolve("out/heavy"));
    Files.writeString(
        heavy.resolve("index.csv"), "functions;rates;results_file\n['env'];[10];results.csv\n");

    CliRun text = CliRun.of(dir, "plan", "-c", "c.yaml", "--output", "out");
    JsonNode json =
        new ObjectMapper()
            .readTree(CliRun.of(dir, "plan", "-c", "c.yaml", "--output", "out", "--json").out());

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("== target light", "== target heavy")
        .contains("fleet of 2 targets, in parallel: worst case");
    assertThat(json.at("/targets/light/to_run").asLong()).isEqualTo(4);
    assertThat(json.at("/targets/heavy/to_run").asLong()).isEqualTo(3);
    assertThat(json.at("/estimated_wall_seconds").asLong())
        .isEqualTo(json.at("/targets/light/estimated_seconds").asLong())
        .isEqualTo(4 * 30);
    CliRun list = CliRun.of(dir, "plan", "-c", "c.yaml", "--list");
    assertThat(list.exitCode()).isEqualTo(2);
    assertThat(list.err()).contains("--list shows one folder", "leave --list out");
  }

  @Test
  void planOfAPoolDividesTheWorstCaseByTheNumberOfTargets() throws Exception {
    config("c.yaml", PLAN + "targets_mode: pool\ntargets: [{name: a}, {name: b}, {name: c}]\n");

    CliRun text = CliRun.of(dir, "plan", "-c", "c.yaml");
    JsonNode json =
        new ObjectMapper().readTree(CliRun.of(dir, "plan", "-c", "c.yaml", "--json").out());

    assertThat(text.out()).contains("pool of 3 targets: about 0 m 40 s wall time (estimate");
    assertThat(json.at("/estimated_seconds").asLong()).isEqualTo(120);
    assertThat(json.at("/estimated_wall_seconds").asLong()).isEqualTo(40);
    assertThat(json.at("/targets").asInt()).isEqualTo(3);
  }

  @Test
  void aFleetExitsWithItsWorstTargetAndNamesIt() throws Exception {
    String sandbox =
        "load_generator: builtin\nplatform: sandbox\nmetrics_source: sandbox\n"
            + "functions: [{name: figlet}]\nrate_strategy: {type: custom, rates: [5]}\n"
            + "duration: 1s\niterations: 1\nwarmup: {duration: 0s}\n"
            + "cooldown: {max_wait_seconds: 5, sleep_step_seconds: 1, idle_threshold_pct: 100}\n";
    config("c.yaml", sandbox + "targets_mode: fleet\ntargets: [{name: good}, {name: taken}]\n");
    // taken's folder holds a campaign of other functions: refused, exit 2, nothing lost.
    Path taken = Files.createDirectories(dir.resolve("out/taken"));
    config("other.yaml", sandbox.replace("{name: figlet}", "{name: env}"));
    CliRun first = CliRun.of(dir, "run", "-c", "other.yaml", "--output", "out/taken");
    assertThat(first.exitCode()).as(first.err()).isZero();
    String before = Files.readString(taken.resolve("results.csv"));

    CliRun run = CliRun.of(dir, "run", "-c", "c.yaml", "--output", "out");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.out())
        .contains("== target good: " + dir.resolve("out/good"))
        .contains("finished.")
        .contains("== target taken: " + taken)
        .contains("  failed: " + taken + " holds a campaign started with another config")
        .contains("Fleet of 2 targets: 1 did not finish (taken).");
    assertThat(dir.resolve("out/good/results.csv")).exists();
    assertThat(Files.readString(taken.resolve("results.csv"))).isEqualTo(before);
  }

  @Test
  void scriptAndOnceTakeOneTargetByName() throws Exception {
    config(
        "c.yaml",
        PLAN
            + "targets_mode: fleet\n"
            + "targets: [{name: light, gateway_url: 'http://10.0.0.2:31112'}, {name: heavy}]\n");
    config("plain.yaml", PLAN);

    CliRun light =
        CliRun.of(dir, "script", "-c", "c.yaml", "--config", "figlet=10", "--target", "light");
    CliRun none = CliRun.of(dir, "script", "-c", "c.yaml", "--config", "figlet=10");
    CliRun unknown =
        CliRun.of(dir, "once", "-c", "c.yaml", "--config", "figlet=10", "--target", "mid");
    CliRun plain =
        CliRun.of(dir, "script", "-c", "plain.yaml", "--config", "figlet=10", "--target", "x");

    assertThat(light.exitCode()).as(light.err()).isZero();
    assertThat(light.out()).contains("http://10.0.0.2:31112");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("choose one with --target NAME").contains("light, heavy");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no target is named \"mid\"; there are light, heavy");
    assertThat(plain.exitCode()).isEqualTo(2);
    assertThat(plain.err()).contains("the config has no targets");
  }
}
