package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.metrics.FunctionUsage;
import org.dfaas.sampler.metrics.MetricsRow;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableWriterTest {

  @TempDir Path dir;

  @Test
  void writesHeaderAndRowsInTheTablesDialect() throws IOException {
    StringWriter out = new StringWriter();
    CsvTableWriter<IndexEntry> writer = new CsvTableWriter<>(out, new IndexCsv());

    writer.writeHeader();
    writer.writeRow(IndexEntry.of(Configuration.of(new RatePair("env", 20))));

    assertThat(out).hasToString("functions;rates;results_file\r\n['env'];[20];results.csv\r\n");
  }

  @Test
  void writesAWholeMetricsFile() throws IOException {
    Configuration configuration = Configuration.of(new RatePair("env", 10));
    Path file = dir.resolve("metrics.csv");
    MetricsRow row =
        new MetricsRow(new NodeUsage(1, 2, 3, 4), Map.of("env", new FunctionUsage(5, 6, 7)));

    CsvTableWriter.writeFile(file, MetricsCsv.forConfiguration(configuration), List.of(row));

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(
            "cpu_usage_node,ram_usage_node,ram_usage_node_pct,power_usage_node,"
                + "cpu_usage_function_env,ram_usage_function_env,power_usage_function_env\r\n"
                + "1.000,2.000,3.000,4.000,5.000,6.000,7.000\r\n");
  }

  @Test
  void namesTheFileItCannotWrite() {
    Path file = dir.resolve("missing-folder").resolve("metrics.csv");

    assertThatThrownBy(() -> CsvTableWriter.writeFile(file, new IndexCsv(), List.of()))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining(file.toString());
  }
}
