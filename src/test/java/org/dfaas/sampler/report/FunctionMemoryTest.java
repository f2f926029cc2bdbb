package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The functions' memory column is labelled by what the metrics source that wrote it measures: the
 * quickstart's sandbox source counts the memory its requests in flight held, not a container's.
 */
class FunctionMemoryTest {

  @TempDir Path dir;

  @Test
  void theQuickstartsSandboxSourceIsLabelledMemoryHeldByRequestsOnTheChartAndInTheTable()
      throws IOException {
    Path folder = ReportFixture.copyTo(dir.resolve("local"));
    Files.copy(Path.of("examples", "quickstart.yaml"), folder.resolve("campaign.yaml"));

    Path page = ReportWriter.write(folder, folder.resolve("report.html")).page();

    assertThat(FunctionMemory.of(RecordedConfig.of(folder)))
        .isEqualTo(FunctionMemory.HELD_BY_REQUESTS);
    assertThat(Files.readString(page))
        .contains("<th>memory held by requests (MiB)</th>", "not a container&#39;s memory")
        .doesNotContain("RAM (MiB)");
    assertThat(Files.readString(folder.resolve("report-charts/function-env.svg")))
        .contains("memory held by requests (MiB)")
        .doesNotContain("RAM (MiB)");
  }

  @Test
  void prometheusAndFoldersWithoutAConfigAreMemoryInUse() throws IOException {
    Path prometheus = Files.createDirectories(dir.resolve("prometheus"));
    Files.writeString(
        prometheus.resolve("campaign.yaml"),
        "functions: [{name: figlet}]\nrate_strategy: {type: custom, rates: [10]}\n");

    assertThat(FunctionMemory.of(RecordedConfig.of(prometheus))).isEqualTo(FunctionMemory.IN_USE);
    assertThat(FunctionMemory.of(RecordedConfig.of(dir))).isEqualTo(FunctionMemory.IN_USE);
    assertThat(FunctionMemory.IN_USE.label()).isEqualTo("RAM (MiB)");
  }

  @Test
  void theLocalSourceCountsTheSandboxsMemoryToo() throws IOException {
    Path local = Files.createDirectories(dir.resolve("local"));
    Files.writeString(
        local.resolve("campaign.yaml"),
        "metrics_source: local\nfunctions: [{name: figlet}]\n"
            + "rate_strategy: {type: custom, rates: [10]}\n");

    assertThat(FunctionMemory.of(RecordedConfig.of(local)))
        .isEqualTo(FunctionMemory.HELD_BY_REQUESTS);
  }

  @Test
  void aPoolReadingMemoryBothWaysSaysSo() throws IOException {
    Path pool = Files.createDirectories(dir.resolve("pool"));
    Files.writeString(
        pool.resolve("campaign.yaml"),
        """
        targets_mode: pool
        targets: [{name: a, metrics_source: local}, {name: b}]
        functions: [{name: figlet}]
        rate_strategy: {type: custom, rates: [10]}
        """);

    assertThat(FunctionMemory.of(RecordedConfig.of(pool))).isEqualTo(FunctionMemory.MIXED);
  }
}
