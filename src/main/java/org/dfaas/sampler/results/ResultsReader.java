package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;

/**
 * Reads back from {@code results.csv} which configurations have rows, how many, and how many of
 * them overloaded the node: what a resumed campaign needs to neither repeat nor lose an iteration,
 * and to rebuild its overloaded set.
 */
public final class ResultsReader {

  private ResultsReader() {}

  /** The tally of every configuration with rows in {@code file}; empty when there is none. */
  public static Map<ConfigKey, IterationTally> tally(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return tally(in, file.toString());
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException | UncheckedIOException e) {
      throw new SamplerException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static Map<ConfigKey, IterationTally> tally(Reader in, String source) throws IOException {
    Map<ConfigKey, IterationTally> tallies = new HashMap<>();
    try (CSVParser parser = CsvDialect.COMMA.readFormat().parse(in)) {
      List<String> header = null;
      for (CSVRecord record : parser) {
        if (header == null) {
          header = record.toList();
          continue;
        }
        if (record.size() != header.size()) {
          // A torn last line is dropped when the file is opened for appending; anything else is
          // damage that a resume must not guess about.
          throw new SamplerException(
              source
                  + " line "
                  + record.getRecordNumber()
                  + ": "
                  + record.size()
                  + " fields where the header has "
                  + header.size());
        }
        Configuration configuration = ColumnNames.configuration(header, record, source);
        boolean overloaded = "1".equals(record.get(header.indexOf(ColumnNames.OVERLOADED_NODE)));
        tallies.merge(
            configuration.key(),
            IterationTally.NONE.plus(overloaded),
            (was, added) -> was.plus(overloaded));
      }
    }
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
