package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan} on an output folder says what {@code run} will do with it, in every form. */
class PlanFolderListTest {

  @TempDir Path dir;

  /**
   * A frontier campaign of a and b at rates 0, 10, 20 whose measurements are all in the folder,
   * none overloaded: the singles, then the top of each line of the pair; the rest is inferred.
   */
  private void frontierFolder(String more) throws IOException {
    Files.writeString(
        dir.resolve("campaign.yaml"),
        "functions: [{name: a}, {name: b}]\n"
            + "rate_strategy: {type: custom, rates: [0, 10, 20]}\n"
            + "combinations: {min_functions: 1, max_functions: 3}\n"
            + "iterations: 1\n"
            + "search: {mode: frontier}\n"
            + "output_dir: out\n"
            + more);
    Files.createDirectories(dir.resolve("out"));
    StringBuilder index = new StringBuilder("functions;rates;results_file\r\n");
    StringBuilder results =
        new StringBuilder(
            "function_a,rate_function_a,success_rate_function_a,"
                + "function_b,rate_function_b,success_rate_function_b,overloaded_node\r\n");
    for (int rate : new int[] {0, 10, 20}) {
      index.append("['a'];[").append(rate).append("];results.csv\r\n");
      results.append("a,").append(rate).append(",1,,,,0\r\n");
      index.append("['b'];[").append(rate).append("];results.csv\r\n");
      results.append(",,,b,").append(rate).append(",1,0\r\n");
    }
    for (int rate : new int[] {10, 20}) {
      index.append("['a', 'b'];[").append(rate).append(", 20];results.csv\r\n");
      results.append("a,").append(rate).append(",1,b,20,1,0\r\n");
    }
    Files.writeString(dir.resolve("out/index.csv"), index);
    Files.writeString(dir.resolve("out/results.csv"), results);
  }

  @Test
  void showsWhatTheFrontierSearchOfTheFolderSettledInsteadOfTodo() throws IOException {
    frontierFolder("");

    CliRun list = CliRun.of(dir, "plan", "-c", "campaign.yaml", "--list");

    assertThat(list.exitCode()).as(list.err()).isZero();
    List<String> statuses =
        list.out().lines().map(l -> l.split("\t")[2] + " " + l.split("\t")[3]).toList();
    assertThat(statuses)
        .containsExactly(
            "a=0 done",
            "a=10 done",
            "a=20 done",
            "b=0 done",
            "b=10 done",
            "b=20 done",
            "a=0,b=0 inferred_ok",
            "a=0,b=10 inferred_ok",
            "a=0,b=20 inferred_ok",
            "a=10,b=0 inferred_ok",
            "a=10,b=10 inferred_ok",
            "a=10,b=20 done",
            "a=20,b=0 inferred_ok",
            "a=20,b=10 inferred_ok",
            "a=20,b=20 done");
  }

  @Test
  void jsonCountsWhatTheFrontierSearchOfTheFolderSettledAsInferredNotToRun() throws IOException {
    frontierFolder("");

    CliRun plan = CliRun.of(dir, "plan", "-c", "campaign.yaml", "--json");

    assertThat(plan.exitCode()).as(plan.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(plan.out());
    assertThat(json.get("done").asLong()).isEqualTo(8);
    assertThat(json.get("inferred_ok").asLong()).isEqualTo(7);
    assertThat(json.get("inferred_overloaded").asLong()).isZero();
    assertThat(json.get("to_run").asLong()).isZero();
    assertThat(json.get("estimated_seconds").asLong()).isZero();
  }

  @Test
  void textCountsWhatTheFrontierSearchOfTheFolderSettledAsInferredNotToRun() throws IOException {
    frontierFolder("");

    CliRun plan = CliRun.of(dir, "plan", "-c", "campaign.yaml");

    assertThat(plan.exitCode()).as(plan.err()).isZero();
    assertThat(plan.out())
        .contains("  inferred   7 ok, 0 overloaded: settled by the folder's frontier search")
        .containsPattern("  2 +9 +2 +0\\n")
        .containsPattern("  total +15 +8 +0\\n")
        .contains("worst case 0 m 00 s: 0 to run × 1 iterations");
  }

  @Test
  void namesConfigurationsByTheConfigsDigest() throws IOException {
    frontierFolder("config_id_hash: sha256\n");

    CliRun list = CliRun.of(dir, "plan", "-c", "campaign.yaml", "--list");

    assertThat(list.out().lines().findFirst().orElseThrow())
        .isEqualTo("1\t" + id("SHA-256", "a:0") + "\ta=0\tdone");
  }

  private static String id(String algorithm, String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
