package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;

/**
 * The one reader of {@code skipped.csv}: the configurations it lists, by its header's {@code
 * function_{f}}/{@code rate_function_{f}} names, for a resume (none is listed twice) and for the
 * report.
 */
public final class SkippedReader {

  private SkippedReader() {}

  /**
   * The configurations {@code file} lists, in file order; empty when there is no such file (the old
   * tool did not write one). A row that names no function is passed over.
   *
   * @throws SamplerException with exit code 2 naming the file and line of a bad rate
   */
  public static List<Configuration> configurations(Path file) {
    List<Configuration> listed = new ArrayList<>();
    CsvReader.readIfPresent(file, CsvDialect.COMMA, row -> add(row, listed));
    return listed;
  }

  static Set<ConfigKey> keys(Path file) {
    return configurations(file).stream().map(Configuration::key).collect(Collectors.toSet());
  }

  public static List<Configuration> configurations(Reader in, String source) throws IOException {
    List<Configuration> listed = new ArrayList<>();
    CsvReader.read(in, source, CsvDialect.COMMA, row -> add(row, listed));
    return listed;
  }

  private static void add(CsvRow row, List<Configuration> listed) {
    Configuration configuration = ColumnNames.configuration(row);
    if (!configuration.pairs().isEmpty()) {
      listed.add(configuration);
    }
  }
}
