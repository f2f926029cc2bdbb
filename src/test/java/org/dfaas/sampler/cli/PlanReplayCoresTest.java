package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.config.OutputSettings.LatencyFormat;
import org.dfaas.sampler.metrics.FunctionUsage;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.results.CsvTableWriter;
import org.dfaas.sampler.results.FunctionMeasurement;
import org.dfaas.sampler.results.NodeMeasurement;
import org.dfaas.sampler.results.ResultRow;
import org.dfaas.sampler.results.ResultsCsv;
import org.dfaas.sampler.results.ResultsCsv.Extras;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan --replay} judges CPU in "near a threshold" as a live campaign does: on a 2-core node
 * whose limit is 160 % (80 % of capacity), a first iteration overloaded by CPU at 161 % is near the
 * limit, so adaptive iterations run the other two (154 %, 150 %: not overloaded) and the majority
 * says not overloaded.
 */
class PlanReplayCoresTest {

  @TempDir Path dir;

  @BeforeEach
  void config() throws IOException {
    Files.writeString(
        dir.resolve("campaign.yaml"),
        "functions: [{name: a}]\n"
            + "rate_strategy: {type: custom, rates: [100]}\n"
            + "iterations: 3\n"
            + "search: {mode: frontier, iterations: adaptive}\n");
  }

  /** The three iterations of {@code a=100}, CPU summed over the cores. */
  private Path record(Extras extras, double nodeCores, double... cpu) throws IOException {
    Path file = dir.resolve("results.csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CsvTableWriter<ResultRow> writer =
          new CsvTableWriter<>(out, new ResultsCsv(List.of("a"), extras, LatencyFormat.INTEGER));
      writer.writeHeader();
      for (double sum : cpu) {
        boolean overloaded = sum > 160;
        FunctionMeasurement a =
            new FunctionMeasurement(
                "a", 100, 1.0, new FunctionUsage(sum, 1e8, Double.NaN), 1, false, 20);
        NodeUsage loaded = new NodeUsage(sum, 2e9, 40, Double.NaN);
        NodeUsage idle = new NodeUsage(4, 1e9, 30, Double.NaN);
        List<String> reasons = overloaded ? List.of("cpu") : List.of();
        writer.writeRow(
            new ResultRow(
                List.of(a),
                new NodeMeasurement(idle, loaded, 0, overloaded),
                0,
                reasons,
                nodeCores));
      }
    }
    return file;
  }

  private JsonNode replay(String... more) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("plan", "-c", "campaign.yaml", "--replay", "results.csv"));
    args.addAll(List.of(more));
    args.add("--json");
    CliRun run = CliRun.of(dir, args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static void assertAllThreeIterationsRan(JsonNode result) {
    assertThat(result.get("k6_runs").asLong()).isEqualTo(3);
    assertThat(result.get("measured_ok").asLong()).isEqualTo(1);
    assertThat(result.get("agreement").asDouble()).isEqualTo(1.0);
    assertThat(result.get("node_cores").asDouble()).isEqualTo(2.0);
  }

  @Test
  void takesTheCoreCountFromTheCommandLine() throws IOException {
    record(Extras.NONE, Double.NaN, 161, 154, 150);

    JsonNode result = replay("--node-cores", "2");

    assertAllThreeIterationsRan(result);
    assertThat(result.get("node_cores_from").asText()).isEqualTo("--node-cores");
  }

  @Test
  void readsTheNodeCoresColumnOfOurOwnFolders() throws IOException {
    Path file = record(Extras.ALL, 2, 161, 154, 150);

    JsonNode result = replay();

    assertThat(Files.readAllLines(file).get(0))
        .endsWith(",dropped_iterations,node_cores,overload_reason,target");
    assertAllThreeIterationsRan(result);
    assertThat(result.get("node_cores_from").asText()).contains("node_cores column");
  }

  @Test
  void infersTheCoreCountWhenTheOldToolsLabelsPinItDown() throws IOException {
    record(Extras.NONE, Double.NaN, 161, 154, 150);

    JsonNode result = replay();

    assertAllThreeIterationsRan(result);
    assertThat(result.get("node_cores_from").asText())
        .isEqualTo(
            "inferred from the recording's labels (DFaaS rule: cpu_usage_node > cores × 80)");
  }

  @Test
  void saysCpuIsLeftOutAndWhyWhenTheLabelsDoNotPinItDown() throws IOException {
    record(Extras.NONE, Double.NaN, 100, 100, 100);

    CliRun run = CliRun.of(dir, "plan", "-c", "campaign.yaml", "--replay", "results.csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "CPU left out of \"near a threshold\": no row of the recording is overloaded by CPU,"
                + " so its labels only say cores ≥ 2 (DFaaS rule: cpu_usage_node > cores × 80);"
                + " give --node-cores N");
  }
}
