package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.replay.SyntheticNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --replay}: gaps in the recording are never guessed. */
class PlanReplayCommandTest {

  private static final String TWO_FUNCTIONS =
      "functions: [{name: a}, {name: b}]\n"
          + "rates: {min_rate: 0, max_rate: 200, step: 10}\n"
          + "combinations: {min_functions: 1, max_functions: 3}\n"
          + "search: {mode: frontier, iterations: adaptive}\n";

  @TempDir Path dir;

  /**
   * A complete grid recording of a node that only {@code a} loads, without the rows of the three
   * pairs where {@code b} runs at 200 and {@code a} at 120, 130 or 140: the tops of the lines the
   * frontier search probes first, just below the node's capacity.
   */
  private Path recordingWithGaps() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), TWO_FUNCTIONS);
    Path full = dir.resolve("full.csv");
    new SyntheticNode(Map.of("a", 1.0, "b", 0.0), 150, 0, 0.01, 7)
        .recordGridCampaign(List.of("a", "b"), 3, full);
    List<String> kept = new ArrayList<>();
    for (String line : Files.readAllLines(full)) {
      String[] cells = line.split(",");
      if (!(cells[0].equals("a")
          && List.of("120", "130", "140").contains(cells[1])
          && cells[9].equals("b")
          && cells[10].equals("200"))) {
        kept.add(line);
      }
    }
    Path partial = dir.resolve("results.csv");
    Files.write(partial, kept);
    return partial;
  }

  private static CliRun plan(Path dir, String... more) {
    List<String> args = new ArrayList<>(List.of("plan", "-c", "campaign.yaml"));
    args.addAll(List.of(more));
    return CliRun.of(dir, args.toArray(String[]::new));
  }

  @Test
  void aRecordingThatDoesNotSettleAConfigurationEndsTheReplayInEveryOutputForm()
      throws IOException {
    Path recording = recordingWithGaps();

    for (List<String> form :
        List.of(
            List.<String>of(),
            List.of("--json"),
            List.of("--list"),
            List.of("--in-flight", "4"),
            List.of("--in-flight", "4", "--json"))) {
      List<String> args = new ArrayList<>(List.of("--replay", recording.toString()));
      args.addAll(form);
      CliRun run = plan(dir, args.toArray(String[]::new));

      assertThat(run.exitCode()).as(form + ": " + run.out()).isEqualTo(2);
      assertThat(run.err())
          .as(form.toString())
          .containsPattern(
              "results.csv does not settle 3 configuration\\(s\\) the search asked for: no"
                  + " rows, and no recorded overloaded configuration dominates them, e\\.g\\."
                  + " \\{a=120, b=200}, \\{a=130, b=200}, \\{a=140, b=200}")
          .contains("--allow-gaps")
          .doesNotContain("Exception");
    }
  }

  @Test
  void withAllowGapsTheyAreListedUnknownImplyNothingAndAreCounted() throws IOException {
    Path recording = recordingWithGaps();

    CliRun list = plan(dir, "--replay", recording.toString(), "--allow-gaps", "--list");
    CliRun json = plan(dir, "--replay", recording.toString(), "--allow-gaps", "--json");

    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(json.exitCode()).as(json.err()).isZero();
    List<String[]> lines = list.out().lines().map(l -> l.split("\t", -1)).toList();
    List<String[]> unknown = lines.stream().filter(l -> l[3].equals("unknown")).toList();
    assertThat(unknown).hasSize(3);
    List<String> unknownIds = unknown.stream().map(l -> l[1]).toList();
    for (String[] line : lines) {
      if (line[2].matches("a=1[234]0,b=200")) {
        assertThat(line[3]).as(String.join(" ", line)).isEqualTo("unknown");
      }
      assertThat(unknownIds).as("implied by nothing unknown").doesNotContain(line[4]);
    }
    JsonNode result = new ObjectMapper().readTree(json.out());
    assertThat(result.get("unknown").asLong()).isEqualTo(unknown.size());
    assertThat(
            result.get("measured_overloaded").asLong()
                + result.get("measured_ok").asLong()
                + result.get("inferred_overloaded").asLong()
                + result.get("inferred_ok").asLong()
                + result.get("unknown").asLong())
        .isEqualTo(result.get("configurations").asLong());
    assertThat(result.get("agreement").asDouble()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void nodeCoresAndAllowGapsGoWithReplay() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), TWO_FUNCTIONS);

    CliRun cores = plan(dir, "--search", "frontier", "--node-cores", "4");
    CliRun gaps = plan(dir, "--search", "frontier", "--allow-gaps");
    CliRun zero = plan(dir, "--replay", "results.csv", "--node-cores", "0");

    assertThat(cores.exitCode()).isEqualTo(2);
    assertThat(cores.err()).contains("--node-cores goes with --replay FILE");
    assertThat(gaps.err()).contains("--allow-gaps goes with --replay FILE");
    assertThat(zero.err()).contains("--node-cores must be ≥ 1, got 0");
  }
}
