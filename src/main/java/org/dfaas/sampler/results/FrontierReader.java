package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.plan.Configuration;

/**
 * Reads {@code frontier.csv} back by its header's names, so a reader does not depend on the column
 * order: what the report draws of a frontier campaign's inferred configurations.
 */
public final class FrontierReader {

  private FrontierReader() {}

  /**
   * The rows of {@code file}, in file order; empty when there is no such file (a grid campaign, or
   * the old tool's folder).
   *
   * @throws SamplerException with exit code 2 naming the file and line when a row is malformed
   */
  public static List<FrontierRow> read(Path file) {
    Rows rows = new Rows();
    CsvReader.readIfPresent(file, CsvDialect.COMMA, rows);
    return rows.read;
  }

  static List<FrontierRow> read(Reader in, String source) throws IOException {
    Rows rows = new Rows();
    CsvReader.read(in, source, CsvDialect.COMMA, rows);
    return rows.read;
  }

  private static final class Rows implements CsvReader.Visitor {

    private final List<FrontierRow> read = new ArrayList<>();

    @Override
    public void header(CsvHeader header) {
      for (String needed : List.of(ColumnNames.STATUS, ColumnNames.IMPLIED_BY)) {
        if (!header.has(needed)) {
          throw new SamplerException(
              header.source() + " line 1: no " + needed + " column in the header",
              ExitCode.BAD_INPUT,
              null,
              null);
        }
      }
    }

    @Override
    public void row(CsvRow row) {
      Configuration configuration = ColumnNames.configuration(row);
      try {
        read.add(
            new FrontierRow(
                configuration, row.text(ColumnNames.STATUS), row.text(ColumnNames.IMPLIED_BY)));
      } catch (IllegalArgumentException e) {
        throw row.problem(e.getMessage(), e);
      }
    }
  }
}
