package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.k6.LatencyDetail;
import org.dfaas.sampler.metrics.FunctionUsage;
import org.dfaas.sampler.metrics.NodeUsage;

/**
 * Reads a results file into {@link RecordedResults}: dfaas-sampler's {@code results.csv}, the old
 * tool's, one of its later versions' (decimal latencies) or a {@code results-*.csv} of the DFaaS
 * project's own sampler, whose header lists the functions in the order they were given and whose
 * rows list every function. Columns are found by name, so the functions may come in any order and
 * columns after the node part (or missing measured ones) do not matter; {@code overload_reason},
 * where there is one, gives each row's reasons.
 *
 * <p>A function with an empty {@code function_{f}} cell is not in that row's configuration. A
 * measured value that is empty or {@code nan} reads as NaN, never as zero. Only the last line may
 * be cut short (a running campaign may be writing it): it is left out and said so; a short line
 * elsewhere is damage. Every problem is a {@link SamplerException} with exit code 2 naming the
 * file, the line and the column.
 */
public final class ResultsFileReader {

  private ResultsFileReader() {}

  /** Reads {@code file}. */
  public static RecordedResults read(Path file) {
    return CsvFiles.read(file, ResultsFileReader::read);
  }

  /** Reads a results file's text; {@code source} names it in messages. */
  public static RecordedResults read(Reader in, String source) throws IOException {
    List<CSVRecord> records;
    try (CSVParser parser = CsvDialect.COMMA.readFormat().parse(in)) {
      records = parser.getRecords();
    }
    if (records.isEmpty()) {
      throw bad(source + " is empty: not even a header", null);
    }
    Columns columns = new Columns(records.get(0).toList(), source);
    List<RecordedRow> rows = new ArrayList<>();
    boolean torn = false;
    for (int i = 1; i < records.size(); i++) {
      CSVRecord record = records.get(i);
      if (i == records.size() - 1 && !columns.complete(record)) {
        torn = true;
      } else {
        rows.add(new RecordedRow(record.getRecordNumber(), columns.row(record)));
      }
    }
    return new RecordedResults(source, columns.functions, rows, torn);
  }

  static SamplerException bad(String message, Throwable cause) {
    return new SamplerException(message, ExitCode.BAD_INPUT, null, cause);
  }

  /** The header's columns by name. */
  private static final class Columns {

    private final String source;
    private final int size;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> functions = new ArrayList<>();

    Columns(List<String> header, String source) {
      this.source = source;
      this.size = header.size();
      for (int i = 0; i < header.size(); i++) {
        String column = header.get(i).trim();
        index.putIfAbsent(column, i);
        if (column.startsWith(ColumnNames.FUNCTION_PREFIX)) {
          functions.add(column.substring(ColumnNames.FUNCTION_PREFIX.length()));
        }
      }
      List<String> missing = new ArrayList<>();
      for (String f : functions) {
        for (String needed : List.of(ColumnNames.rate(f), ColumnNames.successRate(f))) {
          if (!index.containsKey(needed)) {
            missing.add(needed);
          }
        }
      }
      if (!index.containsKey(ColumnNames.OVERLOADED_NODE)) {
        missing.add(ColumnNames.OVERLOADED_NODE);
      }
      if (functions.isEmpty() || !missing.isEmpty()) {
        throw bad(
            source
                + ": not a results.csv header; missing "
                + (functions.isEmpty() ? "function_{f} columns" : String.join(", ", missing)),
            null);
      }
    }

    boolean complete(CSVRecord record) {
      return record.size() >= size && !cell(record, ColumnNames.OVERLOADED_NODE).isEmpty();
    }

    ResultRow row(CSVRecord record) {
      if (record.size() != size) {
        throw new SamplerException(
            CsvFiles.atLine(source, record, CsvFiles.fieldCount(record, size)),
            ExitCode.BAD_INPUT,
            "only the last line of a running campaign may be cut short",
            null);
      }
      Cells cells = new Cells(record);
      List<FunctionMeasurement> measured = new ArrayList<>();
      for (String f : functions) {
        if (!cell(record, ColumnNames.function(f)).isEmpty()) {
          measured.add(
              new FunctionMeasurement(
                  f,
                  cells.count(ColumnNames.rate(f)),
                  cells.number(ColumnNames.successRate(f)),
                  new FunctionUsage(
                      cells.number(ColumnNames.cpu(f)),
                      cells.number(ColumnNames.ram(f)),
                      cells.number(ColumnNames.power(f))),
                  cells.countOrZero(ColumnNames.replicas(f)),
                  cells.flag(ColumnNames.overloaded(f)),
                  cells.number(ColumnNames.mediumLatency(f)),
                  new LatencyDetail(
                      cells.number(ColumnNames.latencyAvg(f)),
                      cells.number(ColumnNames.latencyMed(f)),
                      cells.number(ColumnNames.latencyP90(f)),
                      cells.number(ColumnNames.latencyP95(f))),
                  cells.number(ColumnNames.requestCount(f))));
        }
      }
      NodeMeasurement node =
          new NodeMeasurement(
              new NodeUsage(
                  cells.number(ColumnNames.CPU_IDLE_NODE),
                  cells.number(ColumnNames.RAM_IDLE_NODE),
                  cells.number(ColumnNames.RAM_IDLE_NODE_PERCENTAGE),
                  cells.number(ColumnNames.POWER_IDLE_NODE)),
              new NodeUsage(
                  cells.number(ColumnNames.CPU_NODE),
                  cells.number(ColumnNames.RAM_NODE),
                  cells.number(ColumnNames.RAM_NODE_PERCENTAGE),
                  cells.number(ColumnNames.POWER_NODE)),
              cells.countOrZero(ColumnNames.REST_SECONDS),
              cells.flag(ColumnNames.OVERLOADED_NODE));
      return new ResultRow(
          measured,
          node,
          cells.countOrZero(ColumnNames.DROPPED_ITERATIONS),
          reasons(cell(record, ColumnNames.OVERLOAD_REASON)));
    }

    private static List<String> reasons(String cell) {
      return cell.isEmpty()
          ? List.of()
          : List.of(cell.split(Pattern.quote(ResultsCsv.REASON_SEPARATOR)));
    }

    private String cell(CSVRecord record, String column) {
      Integer at = index.get(column);
      return at == null || at >= record.size() ? "" : record.get(at).trim();
    }

    /** The cells of one record, parsed with the file, line and column named on failure. */
    private final class Cells {

      private final CSVRecord record;

      Cells(CSVRecord record) {
        this.record = record;
      }

      double number(String column) {
        String cell = cell(record, column);
        if (cell.isEmpty()) {
          return Double.NaN;
        }
        try {
          return CsvNumbers.parse(cell);
        } catch (NumberFormatException e) {
          throw problem(column, "is not a number: \"" + cell + "\"", e);
        }
      }

      int count(String column) {
        String cell = cell(record, column);
        try {
          int value = Integer.parseInt(cell);
          if (value < 0) {
            throw new NumberFormatException("negative");
          }
          return value;
        } catch (NumberFormatException e) {
          throw problem(column, "is not a whole number ≥ 0: \"" + cell + "\"", e);
        }
      }

      int countOrZero(String column) {
        return cell(record, column).isEmpty() ? 0 : count(column);
      }

      boolean flag(String column) {
        String cell = cell(record, column);
        return switch (cell) {
          case "1", "True", "true" -> true;
          case "0", "False", "false", "" -> false;
          default -> throw problem(column, "is not 0 or 1: \"" + cell + "\"", null);
        };
      }

      private SamplerException problem(String column, String what, Throwable cause) {
        return bad(CsvFiles.atLine(source, record, column + " " + what), cause);
      }
    }
  }
}
