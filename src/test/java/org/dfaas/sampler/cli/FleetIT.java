package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet of two targets, each its own sandbox platform on its own loopback port with the built-in
 * load generator and this machine's metrics, run end to end in-process: each target's folder is the
 * folder a single-target campaign of that target writes.
 */
class FleetIT {

  private static final String CAMPAIGN =
      """
      load_generator: builtin
      metrics_source: sandbox
      platform: sandbox
      run_id: fleet-run
      functions: [{name: figlet, method: POST, body: "Hello DFaaS!"}, {name: cpu, method: POST, body: burn}]
      rate_strategy: {type: custom, rates: [5, 10]}
      combinations: {min_functions: 1, max_functions: 2}
      duration: 1s
      iterations: 1
      warmup: {duration: 0s}
      cooldown: {max_wait_seconds: 20, sleep_step_seconds: 1, idle_threshold_pct: 100}
      overload: {replicas_overload_threshold: 5, cpu_overload_pct_of_capacity: 100, success_rate_node_min: 0.5, success_rate_function_min: 0.5}
      """;

  @TempDir Path work;

  @Test
  void aFleetWritesOneFolderPerTargetEachAsASingleTargetCampaignOfIt() throws Exception {
    Path fleetConfig = work.resolve("fleet.yaml");
    Files.writeString(
        fleetConfig,
        CAMPAIGN
            + """
            targets_mode: fleet
            targets:
              - {name: light, node_type: LIGHT}
              - {name: heavy, node_type: HEAVY}
            """);
    Path singleConfig = work.resolve("single.yaml");
    Files.writeString(singleConfig, CAMPAIGN);

    CliRun fleet =
        CliRun.withEnv(
            work,
            Map.of("LB_ENABLE_EVENT_LOGGING", "1"),
            "run",
            "-c",
            fleetConfig.toString(),
            "--output",
            "out");
    CliRun single =
        CliRun.withEnv(
            work,
            Map.of("LB_RUN_HOST", "light"),
            "run",
            "-c",
            singleConfig.toString(),
            "--output",
            "single");

    assertThat(fleet.exitCode()).as(fleet.err()).isZero();
    assertThat(single.exitCode()).as(single.err()).isZero();
    assertThat(fleet.out())
        .contains("== target light (LIGHT): " + work.resolve("out/light"))
        .contains("== target heavy (HEAVY): " + work.resolve("out/heavy"))
        .contains("Fleet of 2 targets: every campaign finished.");
    assertThat(fleet.out()).contains("\"host\": \"light\"").contains("\"host\": \"heavy\"");
    Path singleFolder = work.resolve("single");
    for (String target : List.of("light", "heavy")) {
      Path folder = work.resolve("out").resolve(target);
      assertThat(Files.readString(folder.resolve("campaign.yaml")))
          .isEqualTo(Files.readString(singleFolder.resolve("campaign.yaml")));
      assertSameRows(folder.resolve("results.csv"), singleFolder.resolve("results.csv"));
      assertThat(keys(folder.resolve("index.csv")))
          .isEqualTo(keys(singleFolder.resolve("index.csv")));
      String log = Files.readString(folder.resolve("campaign.log"));
      String other = target.equals("light") ? "heavy" : "light";
      assertThat(log).contains("on target " + target).doesNotContain("on target " + other);
      assertThat(Files.list(folder.resolve("summaries")).count())
          .isEqualTo(Files.list(singleFolder.resolve("summaries")).count());
    }
    assertThat(Files.readString(work.resolve("out/light/campaign.yaml"))).doesNotContain("targets");
  }

  @Test
  void checkOfAFleetWithOneBrokenTargetNamesIt() throws Exception {
    Path config = work.resolve("fleet.yaml");
    // Nothing listens on port 9 of the loopback (discard): the gateway is refused at once.
    Files.writeString(
        config,
        CAMPAIGN
            + """
            targets_mode: fleet
            targets:
              - {name: sandboxed}
              - {name: gone, platform: openfaas, metrics_source: local, gateway_url: 'http://127.0.0.1:9'}
            """);

    CliRun run =
        CliRun.withEnv(work, Map.of("OPENFAAS_PASSWORD", "pw"), "check", "-c", config.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("== target sandboxed: OK")
        .contains("== target gone: FAIL")
        .contains("failed: gone (1 of 2 targets)");
  }

  /** Same header, same configurations in the same order; the measurements may differ. */
  private static void assertSameRows(Path actual, Path expected) throws Exception {
    List<CSVRecord> actualRows = rows(actual);
    List<CSVRecord> expectedRows = rows(expected);
    assertThat(Files.readAllLines(actual).get(0)).isEqualTo(Files.readAllLines(expected).get(0));
    assertThat(actualRows).hasSameSizeAs(expectedRows).isNotEmpty();
    for (int i = 0; i < actualRows.size(); i++) {
      for (String column :
          List.of("function_figlet", "rate_function_figlet", "function_cpu", "rate_function_cpu")) {
        if (expectedRows.get(i).isMapped(column)) {
          assertThat(actualRows.get(i).get(column))
              .as("%s row %d %s", actual, i, column)
              .isEqualTo(expectedRows.get(i).get(column));
        }
      }
    }
  }

  private static List<String> keys(Path index) throws Exception {
    return rows(index).stream().map(row -> row.get(0)).toList();
  }

  private static List<CSVRecord> rows(Path csv) throws Exception {
    try (Reader reader = Files.newBufferedReader(csv)) {
      return CSVFormat.DEFAULT.builder().setHeader().get().parse(reader).getRecords();
    }
  }
}
