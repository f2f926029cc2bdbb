package org.dfaas.sampler.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.plan.ConfigKey;

/**
 * Reads {@code index.csv}, the list of configurations already done, so that a campaign resumes
 * where it stopped, including one started by the old Python tool (compat §4, §6).
 *
 * <p>The file is read line by line, each line as one record: an index record never spans lines
 * (Python's {@code repr} escapes line breaks), and so an error can name the exact line. Blank lines
 * and a byte-order mark are ignored; a missing or empty file means nothing is done yet. Anything
 * else that is not a row of the old tool's form is refused with a {@link SamplerException} naming
 * the file and line, rather than guessed at, since a wrong guess would rerun or skip measurements.
 */
public final class IndexReader {

  private static final String HINT =
      "fix or delete that line; a configuration missing from index.csv is simply run again";

  private IndexReader() {}

  /** The configurations listed in {@code file}; empty when there is no such file. */
  public static List<IndexEntry> read(Path file) {
    return CsvFiles.readIfPresent(file, IndexReader::read, List.of());
  }

  /** The keys of the configurations listed in {@code file}: those a resumed campaign skips. */
  public static Set<ConfigKey> doneKeys(Path file) {
    Set<ConfigKey> keys = new LinkedHashSet<>();
    read(file).forEach(entry -> keys.add(entry.key()));
    return keys;
  }

  /**
   * The configurations listed in {@code in}.
   *
   * @param source how errors name the input, usually the file's path
   * @throws SamplerException naming {@code source} and the line when a line is malformed
   * @throws IOException when {@code in} cannot be read
   */
  public static List<IndexEntry> read(Reader in, String source) throws IOException {
    BufferedReader lines = new BufferedReader(in);
    List<IndexEntry> entries = new ArrayList<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      try {
        List<String> fields = fields(line);
        if (!headerSeen) {
          requireHeader(fields);
          headerSeen = true;
        } else {
          entries.add(entry(fields));
        }
      } catch (IllegalArgumentException e) {
        throw new SamplerException(
            source + " line " + lineNumber + ": " + e.getMessage(), ExitCode.BAD_INPUT, HINT, e);
      }
    }
    return List.copyOf(entries);
  }

  private static List<String> fields(String line) {
    try (CSVParser parser = CSVParser.parse(line, CsvDialect.SEMICOLON.readFormat())) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new IllegalArgumentException("not one CSV record: " + line);
      }
      return records.get(0).toList();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("not a CSV record (" + e.getMessage() + "): " + line, e);
    }
  }

  private static void requireHeader(List<String> fields) {
    if (!fields.equals(IndexCsv.HEADER)) {
      throw new IllegalArgumentException(
          "expected the header " + String.join(";", IndexCsv.HEADER) + ", found " + fields);
    }
  }

  private static IndexEntry entry(List<String> fields) {
    if (fields.size() != IndexCsv.HEADER.size()) {
      throw new IllegalArgumentException(
          "expected 3 fields (functions;rates;results_file), found " + fields.size());
    }
    List<String> functions = PythonLists.parseStrings(fields.get(0));
    int[] rates = PythonLists.parseInts(fields.get(1));
    if (functions.size() != rates.length) {
      throw new IllegalArgumentException(
          functions.size() + " functions but " + rates.length + " rates");
    }
    return new IndexEntry(new ConfigKey(functions, rates), fields.get(2));
  }
}
