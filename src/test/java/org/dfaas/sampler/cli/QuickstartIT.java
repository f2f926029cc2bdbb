package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main-job command end to end, in-process: the quickstart campaign against the sandbox
 * platform, with the built-in load generator and the local metrics source, shortened with {@code
 * --set}.
 */
class QuickstartIT {

  @TempDir Path work;

  @Test
  void quickstartCampaignMeasuresRealLoadAndFindsAnOverloadedConfiguration() throws Exception {
    Path config = Path.of("examples/quickstart.yaml").toAbsolutePath();
    Path output = work.resolve("out");

    CliRun run =
        CliRun.of(
            work,
            "run",
            "-c",
            config.toString(),
            "--output",
            output.toString(),
            "--set",
            "duration=2s");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Campaign ").contains("finished.");
    List<CSVRecord> rows;
    try (Reader reader = Files.newBufferedReader(output.resolve("results.csv"))) {
      rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(reader).getRecords();
    }
    assertThat(rows).isNotEmpty();
    for (CSVRecord row : rows) {
      assertThat(Double.parseDouble(row.get("cpu_usage_node"))).isPositive();
      assertThat(Double.parseDouble(row.get("ram_usage_node"))).isPositive();
      if (!row.get("function_cpu").isEmpty()) {
        assertThat(Double.parseDouble(row.get("medium_latency_function_cpu"))).isPositive();
        assertThat(Double.parseDouble(row.get("cpu_usage_function_cpu"))).isPositive();
        assertThat(Integer.parseInt(row.get("replica_cpu"))).isBetween(1, 5);
        // The extra columns, filled by the built-in generator as k6 fills its summary.
        double med = Double.parseDouble(row.get("latency_med_function_cpu"));
        double p90 = Double.parseDouble(row.get("latency_p90_function_cpu"));
        double p95 = Double.parseDouble(row.get("latency_p95_function_cpu"));
        assertThat(med).isPositive().isLessThanOrEqualTo(p90);
        assertThat(p90).isLessThanOrEqualTo(p95);
        assertThat(row.get("latency_avg_function_cpu")).matches("[0-9]+\\.[0-9]{3}");
        assertThat(Long.parseLong(row.get("request_count_function_cpu"))).isPositive();
      }
      assertThat(Long.parseLong(row.get("dropped_iterations"))).isNotNegative();
      assertThat(row.get("node_cores")).as("the machine's cores").matches("[1-9][0-9]*");
    }
    assertThat(rows.get(0).getParser().getHeaderNames())
        .endsWith(
            "request_count_function_figlet",
            "dropped_iterations",
            "node_cores",
            "overload_reason",
            "target");
    assertThat(rows).anyMatch(row -> row.get("overloaded_node").equals("1"));
    assertThat(rows)
        .allMatch(
            row ->
                row.get("overloaded_node").equals("1")
                    != row.get("overload_reason").equals("none"));
    assertThat(rows).noneMatch(row -> row.get("overload_reason").isEmpty());
    assertThat(rows).noneMatch(row -> row.get("target").isEmpty());
    assertThat(Files.list(output.resolve("summaries")).count()).isEqualTo(rows.size());
    // The sandbox's generated password never reaches the output or the log.
    assertThat(run.err() + run.out()).doesNotContain("Basic ");
    assertThat(Files.readString(output.resolve("campaign.log"))).doesNotContain("Basic ");
  }

  @Test
  void onceDrivesTheSandboxWithTheBuiltinGenerator() throws Exception {
    Path config = Path.of("examples/quickstart.yaml").toAbsolutePath();

    CliRun run =
        CliRun.of(
            work,
            "once",
            "-c",
            config.toString(),
            "--config",
            "figlet=10,cpu=5",
            "--set",
            "duration=2s",
            "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode report =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(report.path("functions").path("figlet").path("request_count").asDouble())
        .isEqualTo(20.0);
    assertThat(report.path("functions").path("cpu").path("request_count").asDouble())
        .isEqualTo(10.0);
    assertThat(report.path("functions").path("figlet").path("success_rate").asDouble())
        .isEqualTo(1.0);
    assertThat(report.path("functions").path("cpu").path("avg_latency").asDouble()).isPositive();
  }
}
