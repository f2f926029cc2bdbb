package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.plan.ConfigKey;

/**
 * Reads {@code index.csv}, the list of configurations already done, so that a campaign resumes
 * where it stopped, including one started by the old Python tool (compat §4, §6).
 *
 * <p>The file goes through {@link CsvReader} like every other: blank lines and a byte-order mark
 * are ignored, a torn last line is left out, and a missing or empty file means nothing is done yet.
 * Anything else that is not a row of the old tool's form is refused with a {@link SamplerException}
 * naming the file and line, rather than guessed at, since a wrong guess would rerun or skip
 * measurements.
 */
public final class IndexReader {

  private static final String HINT =
      "fix or delete that line; a configuration missing from index.csv is simply run again";

  private IndexReader() {}

  /** The configurations listed in {@code file}; empty when there is no such file. */
  public static List<IndexEntry> read(Path file) {
    Entries entries = new Entries();
    CsvReader.readIfPresent(file, CsvDialect.SEMICOLON, entries);
    return List.copyOf(entries.read);
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
    Entries entries = new Entries();
    CsvReader.read(in, source, CsvDialect.SEMICOLON, entries);
    return List.copyOf(entries.read);
  }

  private static final class Entries implements CsvReader.Visitor {

    private final List<IndexEntry> read = new ArrayList<>();

    @Override
    public void header(CsvHeader header) {
      if (!header.names().equals(IndexCsv.HEADER)) {
        throw new SamplerException(
            header.source()
                + " line 1: expected the header "
                + String.join(";", IndexCsv.HEADER)
                + ", found "
                + header.names(),
            ExitCode.BAD_INPUT,
            HINT,
            null);
      }
    }

    @Override
    public void row(CsvRow row) {
      try {
        List<String> functions = PythonLists.parseStrings(row.cell(0));
        int[] rates = PythonLists.parseInts(row.cell(1));
        if (functions.size() != rates.length) {
          throw new IllegalArgumentException(
              functions.size() + " functions but " + rates.length + " rates");
        }
        read.add(new IndexEntry(new ConfigKey(functions, rates), row.cell(2)));
      } catch (IllegalArgumentException e) {
        SamplerException bad = row.problem(e.getMessage(), e);
        throw new SamplerException(bad.getMessage(), ExitCode.BAD_INPUT, HINT, e);
      }
    }
  }
}
