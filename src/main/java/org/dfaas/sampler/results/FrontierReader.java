package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
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
    return CsvFiles.readIfPresent(file, FrontierReader::read, List.of());
  }

  static List<FrontierRow> read(Reader in, String source) throws IOException {
    List<FrontierRow> rows = new ArrayList<>();
    CsvFiles.forEachRow(
        in,
        header -> {
          for (String needed : List.of(ColumnNames.STATUS, ColumnNames.IMPLIED_BY)) {
            if (!header.toList().contains(needed)) {
              throw malformed(source, header, "no " + needed + " column in the header", null);
            }
          }
        },
        (header, record) -> {
          if (record.size() != header.size()) {
            throw malformed(source, record, CsvFiles.fieldCount(record, header.size()), null);
          }
          rows.add(row(header, record, source));
        });
    return rows;
  }

  private static FrontierRow row(List<String> header, CSVRecord record, String source) {
    Configuration configuration = ColumnNames.configuration(header, record, source);
    try {
      return new FrontierRow(
          configuration,
          record.get(header.indexOf(ColumnNames.STATUS)),
          record.get(header.indexOf(ColumnNames.IMPLIED_BY)));
    } catch (IllegalArgumentException e) {
      throw malformed(source, record, e.getMessage(), e);
    }
  }

  private static SamplerException malformed(
      String source, CSVRecord record, String problem, Exception cause) {
    return new SamplerException(
        CsvFiles.atLine(source, record, problem), ExitCode.BAD_INPUT, null, cause);
  }
}
