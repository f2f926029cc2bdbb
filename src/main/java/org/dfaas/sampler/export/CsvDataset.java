package org.dfaas.sampler.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.dfaas.sampler.config.OutputSettings.LatencyFormat;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.CsvDialect;
import org.dfaas.sampler.results.RecordedRow;
import org.dfaas.sampler.results.ResultsCsv;

/**
 * Every measured row in one {@code results.csv} of the newest layout (compat §6, every extra
 * column, the {@code target} column last), whatever layout each folder was started with: latencies
 * with three decimals, so that both the old tool's whole milliseconds and the later versions'
 * decimals carry over unchanged. Not thread-safe.
 */
final class CsvDataset implements DatasetSink {

  private final Writer out;
  private final ResultsCsv layout;

  CsvDataset(Path file, Collection<String> functions) throws IOException {
    this.layout =
        new ResultsCsv(functions, ResultsCsv.Extras.ALL, LatencyFormat.DECIMAL)
            .withTargetColumn(true);
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    CsvDialect.COMMA.writeRecord(out, layout.header());
  }

  @Override
  public void row(RecordedRow row, String target) throws IOException {
    CsvDialect.COMMA.writeRecord(out, layout.cells(row.row(), target));
  }

  @Override
  public boolean predictedOverload(Configuration configuration) {
    return false;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
