package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dfaas.sampler.report.DfaasDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

  private static final String FOURTEEN_FUNCTIONS =
      """
      functions:
        - {name: figlet}
        - {name: shasum}
        - {name: nmap}
        - {name: env}
        - {name: curl}
        - {name: qrcode-go}
        - {name: sentimentanalysis}
        - {name: face-detect-pigo}
        - {name: face-blur}
        - {name: coherent-line-drawing}
        - {name: certinfo}
        - {name: markdown}
        - {name: openfaas-youtube-dl}
        - {name: openfaas-text-to-speech}
      rates: {min_rate: 0, max_rate: 200, step: 10}
      combinations: {min_functions: 1, max_functions: 3}
      """;

  @TempDir Path dir;

  private void copyFixture(String fixture, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (InputStream in = getClass().getResourceAsStream("/fixtures/" + fixture)) {
      Files.copy(in, target);
    }
  }

  private static JsonNode json(CliRun run) throws IOException {
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void countsTheOldToolsCampaignWithAssumedCapacityAsJsonOnly() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), FOURTEEN_FUNCTIONS);

    CliRun run =
        CliRun.of(dir, "plan", "-c", "campaign.yaml", "--assume-capacity", "150", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode result = json(run);
    assertThat(result.get("configurations").asLong()).isEqualTo(40_425);
    assertThat(result.get("to_run").asLong()).isEqualTo(14_161);
    assertThat(result.get("dominated").asLong()).isEqualTo(26_264);
    assertThat(result.get("assumed_overloaded").asLong()).isEqualTo(1_561);
    assertThat(result.get("done").asLong()).isZero();
    // 14,161 × 3 iterations × (30 s + 180 s).
    assertThat(result.get("estimated_seconds").asLong()).isEqualTo(14_161L * 3 * 210);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void reportsNothingDominatedWithoutAnAssumedCapacity() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), FOURTEEN_FUNCTIONS);

    JsonNode result = json(CliRun.of(dir, "plan", "-c", "campaign.yaml", "--json"));

    assertThat(result.get("dominated").asLong()).isZero();
    assertThat(result.get("assumed_overloaded").asLong()).isZero();
    assertThat(result.get("to_run").asLong()).isEqualTo(40_425);
  }

  @Test
  void countsTheConfigurationsTheOldToolsIndexListsAsDone() throws IOException {
    copyFixture("legacy-config.yaml", dir.resolve("legacy-config.yaml"));
    copyFixture("legacy-output/index.csv", dir.resolve("old-output/index.csv"));

    CliRun run =
        CliRun.of(dir, "plan", "-c", "legacy-config.yaml", "--output", "old-output", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode result = json(run);
    // figlet capped at 100: 11 rates; env: 21 rates; pairs 11 × 21.
    assertThat(result.get("configurations").asLong()).isEqualTo(11 + 21 + 11 * 21);
    assertThat(result.get("done").asLong()).isEqualTo(5);
    assertThat(result.get("to_run").asLong()).isEqualTo(11 + 21 + 11 * 21 - 5);
  }

  @Test
  void listsEveryConfigurationInPlanOrderWithIdAndStatus() throws IOException {
    Files.writeString(
        dir.resolve("campaign.yaml"),
        """
        functions: [{name: b}, {name: a}]
        rate_strategy: {type: custom, rates: [0, 10]}
        combinations: {min_functions: 1, max_functions: 3}
        output_dir: out
        """);
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(
        dir.resolve("out/index.csv"),
        "functions;rates;results_file\r\n['a', 'b'];[0, 10];results.csv\r\n");

    CliRun run = CliRun.of(dir, "plan", "-c", "campaign.yaml", "--list", "--assume-capacity", "5");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList())
        .containsExactly(
            "1\t" + id("a:0") + "\ta=0\ttodo",
            "2\t" + id("a:10") + "\ta=10\ttodo",
            "3\t" + id("b:0") + "\tb=0\ttodo",
            "4\t" + id("b:10") + "\tb=10\ttodo",
            "5\t" + id("a:0|b:0") + "\ta=0,b=0\ttodo",
            "6\t" + id("a:0|b:10") + "\ta=0,b=10\tdone",
            "7\t" + id("a:10|b:0") + "\ta=10,b=0\ttodo",
            "8\t" + id("a:10|b:10") + "\ta=10,b=10\tdominated");
  }

  @Test
  void countsOverloadsAndFailuresAlreadyRecordedInTheFolder() throws IOException {
    Files.writeString(
        dir.resolve("campaign.yaml"),
        """
        functions: [{name: b}, {name: a}]
        rate_strategy: {type: custom, rates: [0, 10]}
        combinations: {min_functions: 1, max_functions: 2}
        iterations: 1
        output_dir: out
        """);
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(
        dir.resolve("out/index.csv"), "functions;rates;results_file\r\n['b'];[0];results.csv\r\n");
    Files.writeString(
        dir.resolve("out/results.csv"),
        "function_a,rate_function_a,success_rate_function_a,function_b,rate_function_b,"
            + "success_rate_function_b,overloaded_node\r\n,,,b,0,1,1\r\n");
    Files.writeString(
        dir.resolve("out/failures.csv"),
        "config_id,pairs,time,error\r\n" + id("a:10") + ",a=10,2026-11-30T10:00:00Z,k6 failed\r\n");

    CliRun json = CliRun.of(dir, "plan", "-c", "campaign.yaml", "--json");
    CliRun list = CliRun.of(dir, "plan", "-c", "campaign.yaml", "--list");
    CliRun human = CliRun.of(dir, "plan", "-c", "campaign.yaml");

    assertThat(json.out())
        .contains("\"done\":1", "\"dominated\":1", "\"to_run\":2")
        .contains("\"overloaded_before\":1", "\"failed_before\":1");
    assertThat(list.out().lines().toList())
        .containsExactly(
            "1\t" + id("a:0") + "\ta=0\ttodo",
            "2\t" + id("a:10") + "\ta=10\ttodo",
            "3\t" + id("b:0") + "\tb=0\tdone",
            "4\t" + id("b:10") + "\tb=10\tdominated");
    assertThat(human.out())
        .contains("recorded   1 overloaded before (what they dominate is skipped), 1 failed before")
        .contains("dominated");
  }

  private static String id(String text) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-1")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void printsAHumanSummaryWithTheWorstCaseDuration() throws IOException {
    Files.writeString(
        dir.resolve("campaign.yaml"),
        """
        functions: [{name: a}, {name: b}]
        rate_strategy: {type: custom, rates: [0, 10]}
        combinations: {min_functions: 1, max_functions: 3}
        duration: 30s
        iterations: 2
        cooldown: {max_wait_seconds: 30}
        """);

    CliRun run = CliRun.of(dir, "plan", "-c", "campaign.yaml");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().map(String::strip).toList();
    assertThat(lines).contains("functions  a, b (2)", "rates      0, 10 (2, custom)");
    assertThat(lines).anyMatch(line -> line.matches("1\\s+4\\s+0\\s+4"));
    assertThat(lines).anyMatch(line -> line.matches("total\\s+8\\s+0\\s+8"));
    // 8 × 2 × (30 s + 30 s) = 960 s.
    assertThat(run.out()).contains("worst case 16 m 00 s");
  }

  @Test
  void refusesJsonTogetherWithList() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), "");

    CliRun run = CliRun.of(dir, "plan", "-c", "campaign.yaml", "--json", "--list");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void refusesANegativeCapacity() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), "");

    CliRun run = CliRun.of(dir, "plan", "-c", "campaign.yaml", "--assume-capacity", "-1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--assume-capacity must be ≥ 0");
  }

  @Test
  void theFrontierSearchReportsWhatItMeasuresAndInfersAsJsonOnly() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), FOURTEEN_FUNCTIONS);

    CliRun run =
        CliRun.of(
            dir,
            "plan",
            "-c",
            "campaign.yaml",
            "--assume-capacity",
            "150",
            "--search",
            "frontier",
            "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode result = json(run);
    assertThat(result.get("configurations").asLong()).isEqualTo(40_425);
    assertThat(result.get("search").asText()).isEqualTo("frontier");
    assertThat(result.get("iterations").asText()).isEqualTo("fixed");
    assertThat(result.get("measured").asLong()).isLessThanOrEqualTo(14_161 / 4);
    assertThat(result.get("k6_runs").asLong()).isEqualTo(3 * result.get("measured").asLong());
    assertThat(
            result.get("measured_overloaded").asLong()
                + result.get("measured_ok").asLong()
                + result.get("inferred_overloaded").asLong()
                + result.get("inferred_ok").asLong())
        .isEqualTo(40_425);
    assertThat(result.has("agreement")).as("only with --replay").isFalse();
  }

  @Test
  void theGridSearchReportsTheSameFieldsWithNothingInferredOk() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), FOURTEEN_FUNCTIONS);

    JsonNode result =
        json(
            CliRun.of(
                dir,
                "plan",
                "-c",
                "campaign.yaml",
                "--assume-capacity",
                "150",
                "--search",
                "grid",
                "--json"));

    assertThat(result.get("measured").asLong()).isEqualTo(14_161);
    assertThat(result.get("inferred_overloaded").asLong()).isEqualTo(26_264);
    assertThat(result.get("inferred_ok").asLong()).isZero();
    assertThat(result.get("contradictions").asLong()).isZero();
  }

  @Test
  void replaysADatasetOfTheDfaasProjectsOwnSampler() throws IOException {
    Path recording = DfaasDataset.writeTo(dir.resolve("dfaas"));
    Path results;
    try (var files = Files.list(recording)) {
      results =
          files
              .filter(f -> f.getFileName().toString().startsWith("results-"))
              .findFirst()
              .orElseThrow();
    }
    Files.writeString(
        dir.resolve("campaign.yaml"),
        "functions: [{name: shasum}, {name: figlet}, {name: nmap}]\n"
            + "rates: {min_rate: 10, max_rate: 20, step: 10}\n"
            + "combinations: {min_functions: 1, max_functions: 4}\niterations: 2\n");

    for (String search : List.of("grid", "frontier")) {
      CliRun run =
          CliRun.of(
              dir,
              "plan",
              "-c",
              "campaign.yaml",
              "--search",
              search,
              "--replay",
              results.toString(),
              "--json");

      assertThat(run.exitCode()).as(run.err()).isZero();
      JsonNode result = json(run);
      // Rows with a function at rate 0 are the configurations without it: all 26 are recorded.
      assertThat(result.get("configurations").asLong()).isEqualTo(26);
      assertThat(result.get("agreement").asDouble()).as(search).isEqualTo(1.0);
    }
  }

  @Test
  void listsEveryConfigurationWithItsStatusAndWhatImpliesIt() throws IOException {
    Files.writeString(
        dir.resolve("campaign.yaml"),
        "functions: [{name: b}, {name: a}]\nrates: {min_rate: 0, max_rate: 20, step: 10}\n"
            + "combinations: {max_functions: 3}\n");

    CliRun run =
        CliRun.of(
            dir,
            "plan",
            "-c",
            "campaign.yaml",
            "--assume-capacity",
            "15",
            "--search",
            "grid",
            "--list");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(15);
    assertThat(lines.get(0)).isEqualTo("1\t" + id("a:0") + "\ta=0\tmeasured_ok\t");
    assertThat(lines.get(2)).isEqualTo("3\t" + id("a:20") + "\ta=20\tmeasured_overloaded\t");
    assertThat(lines.get(11))
        .isEqualTo(
            "12\t" + id("a:10|b:20") + "\ta=10,b=20\tinferred_overloaded\t" + id("a:0|b:20"));
  }

  @Test
  void refusesAnUnknownSearchAndAReplayWithAnAssumedCapacity() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), FOURTEEN_FUNCTIONS);

    CliRun unknown = CliRun.of(dir, "plan", "-c", "campaign.yaml", "--search", "smart");
    CliRun both =
        CliRun.of(
            dir,
            "plan",
            "-c",
            "campaign.yaml",
            "--replay",
            "results.csv",
            "--assume-capacity",
            "150");
    CliRun missing = CliRun.of(dir, "plan", "-c", "campaign.yaml", "--replay", "nowhere.csv");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--search must be grid or frontier, got \"smart\"");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--replay takes the outcomes from the file");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.csv");
  }
}
