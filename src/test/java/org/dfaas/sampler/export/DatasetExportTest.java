package org.dfaas.sampler.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetExportTest {

  private static final Path LEGACY = TestResources.path("/fixtures/export/legacy-grid");

  @TempDir Path dir;

  @Test
  void tellsItsProgressEveryGivenNumberOfRowsRead() {
    List<Long> told = new ArrayList<>();

    ExportSummary summary =
        DatasetExport.run(
            new ExportRequest(
                LEGACY, ExportFormat.JSONL, dir.resolve("rows.jsonl"), Optional.empty()),
            told::add,
            2);

    assertThat(told).containsExactly(2L, 4L);
    assertThat(summary.rows()).isEqualTo(5);
  }

  @Test
  void writesNothingWhenTheDestinationFileExists() throws Exception {
    Path taken = Files.writeString(dir.resolve("rows.csv"), "mine");

    assertThatThrownBy(
            () ->
                DatasetExport.run(
                    new ExportRequest(LEGACY, ExportFormat.CSV, taken, Optional.empty()),
                    ExportProgress.NONE))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining("already exists");
    assertThat(taken).hasContent("mine");
    assertThat(dir.resolve("rows.csv.part")).doesNotExist();
  }

  @Test
  void writesNullForValuesTheFolderDoesNotHoldInJsonLines() throws Exception {
    Path out = dir.resolve("rows.jsonl");

    DatasetExport.run(
        new ExportRequest(LEGACY, ExportFormat.JSONL, out, Optional.empty()), ExportProgress.NONE);

    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .startsWith("{\"target\":\"legacy-grid\",\"config_id\":")
        .contains("\"power_usage\":null")
        .contains("\"latency_mean_ms\":15.0")
        .endsWith("\"overloaded_node\":false,\"overload_reasons\":[]}");
  }
}
