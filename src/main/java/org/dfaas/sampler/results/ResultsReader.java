package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.search.IterationTally;

/**
 * Reads back from {@code results.csv} which configurations have rows, how many, and how many of
 * them overloaded the node: what a resumed campaign needs to neither repeat nor lose an iteration,
 * and to rebuild its overloaded set.
 */
public final class ResultsReader {

  private ResultsReader() {}

  /** The tally of every configuration with rows in {@code file}; empty when there is none. */
  public static Map<ConfigKey, IterationTally> tally(Path file) {
    return CsvFiles.readIfPresent(file, ResultsReader::tally, Map.of());
  }

  static Map<ConfigKey, IterationTally> tally(Reader in, String source) throws IOException {
    Map<ConfigKey, IterationTally> tallies = new HashMap<>();
    CsvFiles.forEachRow(
        in,
        (header, record) -> {
          if (record.size() != header.size()) {
            // A torn last line is dropped when the file is opened for appending; anything else is
            // damage that a resume must not guess about.
            throw new SamplerException(
                CsvFiles.atLine(source, record, CsvFiles.fieldCount(record, header.size())));
          }
          Configuration configuration = ColumnNames.configuration(header, record, source);
          boolean overloaded = "1".equals(record.get(header.indexOf(ColumnNames.OVERLOADED_NODE)));
          tallies.merge(
              configuration.key(),
              IterationTally.NONE.plus(overloaded),
              (was, added) -> was.plus(overloaded));
        });
    return tallies;
  }

  /**
   * The first row of each configuration of {@code wanted}, read back whole; empty without reading
   * the file when nothing is wanted (the usual resume).
   */
  static Map<ConfigKey, ResultRow> firstRows(Path file, java.util.Set<ConfigKey> wanted) {
    if (wanted.isEmpty() || !Files.isRegularFile(file)) {
      return Map.of();
    }
    Map<ConfigKey, ResultRow> rows = new HashMap<>();
    for (RecordedRow recorded : ResultsFileReader.read(file).rows()) {
      ConfigKey key = recorded.configuration().key();
      if (wanted.contains(key)) {
        rows.putIfAbsent(key, recorded.row());
      }
    }
    return rows;
  }
}
