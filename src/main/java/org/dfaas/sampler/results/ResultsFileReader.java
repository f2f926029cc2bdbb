package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.k6.LatencyDetail;
import org.dfaas.sampler.metrics.FunctionUsage;
import org.dfaas.sampler.metrics.NodeUsage;

/**
 * Reads a results file row by row through {@link CsvReader}: dfaas-sampler's {@code results.csv},
 * the old tool's, one of its later versions' (decimal latencies) or a {@code results-*.csv} of the
 * DFaaS project's own sampler, whose header lists the functions in the order they were given and
 * whose rows list every function. Columns are found by name, so the functions may come in any order
 * and extra columns (or missing measured ones, as in older folders) do not matter; {@code
 * overload_reason}, where there is one, gives each row's reasons.
 *
 * <p>A function with an empty {@code function_{f}} cell is not in that row's configuration. A
 * measured value that is empty or {@code nan} reads as NaN, never as zero. A torn last line is left
 * out and said so ({@link RecordedResults#torn()}). Every problem is a {@link SamplerException}
 * with exit code 2 naming the file, the line and the column.
 *
 * <p>Rows are handed on one at a time and never kept, so a file of millions of rows is read in
 * bounded memory: a reader keeps what it needs of each row (a count, an aggregate), not the row.
 */
public final class ResultsFileReader {

  private ResultsFileReader() {}

  /** What a reader does with a results file. */
  @FunctionalInterface
  public interface Visitor {

    /** The file's functions, in its header's order, before any row; throw to refuse them. */
    default void functions(List<String> functions) {}

    /** One complete row, in file order. */
    void row(RecordedRow row);
  }

  /** Reads {@code file}, handing each complete row to {@code visitor}. */
  public static RecordedResults read(Path file, Visitor visitor) {
    Columns columns = new Columns(visitor);
    return columns.summary(CsvReader.read(file, CsvDialect.COMMA, columns));
  }

  /**
   * Reads {@code file} as {@link #read(Path, Visitor)} does; a file that does not exist, is empty
   * or holds only a torn header has no rows, and reads as one without functions.
   */
  public static RecordedResults readIfPresent(Path file, Visitor visitor) {
    Columns columns = new Columns(visitor);
    CsvReader.Read read = CsvReader.readIfPresent(file, CsvDialect.COMMA, columns);
    return new RecordedResults(read.source(), columns.names(), read.rows(), read.tornLastRow());
  }

  /** Reads a results file's text; {@code source} names it in messages. */
  public static RecordedResults read(Reader in, String source, Visitor visitor) throws IOException {
    Columns columns = new Columns(visitor);
    return columns.summary(CsvReader.read(in, source, CsvDialect.COMMA, columns));
  }

  /** The header's columns by function, turning each row into a {@link RecordedRow}. */
  private static final class Columns implements CsvReader.Visitor {

    private final Visitor visitor;
    private final List<FunctionColumns> functions = new ArrayList<>();

    Columns(Visitor visitor) {
      this.visitor = visitor;
    }

    @Override
    public void header(CsvHeader header) {
      for (String column : header.names()) {
        if (column.startsWith(ColumnNames.FUNCTION_PREFIX)) {
          functions.add(
              new FunctionColumns(column.substring(ColumnNames.FUNCTION_PREFIX.length())));
        }
      }
      List<String> missing = new ArrayList<>();
      for (FunctionColumns f : functions) {
        for (String needed : List.of(f.rate, f.successRate)) {
          if (!header.has(needed)) {
            missing.add(needed);
          }
        }
      }
      if (!header.has(ColumnNames.OVERLOADED_NODE)) {
        missing.add(ColumnNames.OVERLOADED_NODE);
      }
      if (functions.isEmpty() || !missing.isEmpty()) {
        throw bad(
            header.source()
                + ": not a results.csv header; missing "
                + (functions.isEmpty() ? "function_{f} columns" : String.join(", ", missing)));
      }
      visitor.functions(names());
    }

    RecordedResults summary(CsvReader.Read read) {
      if (!read.hasHeader()) {
        throw bad(read.source() + " is empty: not even a header");
      }
      return new RecordedResults(read.source(), names(), read.rows(), read.tornLastRow());
    }

    private List<String> names() {
      return functions.stream().map(FunctionColumns::name).toList();
    }

    @Override
    public void row(CsvRow cells) {
      List<FunctionMeasurement> measured = new ArrayList<>(functions.size());
      for (FunctionColumns f : functions) {
        if (!cells.text(f.function).isBlank()) {
          measured.add(f.measurement(cells));
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
      ResultRow row;
      try {
        row =
            new ResultRow(
                measured,
                node,
                cells.countOrZero(ColumnNames.DROPPED_ITERATIONS),
                reasons(cells.text(ColumnNames.OVERLOAD_REASON).trim()),
                cells.number(ColumnNames.NODE_CORES));
      } catch (IllegalArgumentException e) {
        // Two function_{f} cells of the row name the same function.
        throw cells.problem(e.getMessage(), e);
      }
      visitor.row(new RecordedRow(cells.line(), row, cells.text(ColumnNames.TARGET).trim()));
    }

    private static List<String> reasons(String cell) {
      return cell.isEmpty()
              || cell.equals(ResultsCsv.NO_OVERLOAD)
              || cell.equals(ResultsCsv.UNKNOWN_REASON)
          ? List.of()
          : List.of(cell.split(Pattern.quote(ResultsCsv.REASON_SEPARATOR)));
    }
  }

  /** One function's column names, built once per file rather than once per cell. */
  private record FunctionColumns(
      String name,
      String function,
      String rate,
      String successRate,
      String cpu,
      String ram,
      String power,
      String replicas,
      String overloaded,
      String mediumLatency,
      String latencyAvg,
      String latencyMed,
      String latencyP90,
      String latencyP95,
      String requestCount) {

    FunctionColumns(String f) {
      this(
          f,
          ColumnNames.function(f),
          ColumnNames.rate(f),
          ColumnNames.successRate(f),
          ColumnNames.cpu(f),
          ColumnNames.ram(f),
          ColumnNames.power(f),
          ColumnNames.replicas(f),
          ColumnNames.overloaded(f),
          ColumnNames.mediumLatency(f),
          ColumnNames.latencyAvg(f),
          ColumnNames.latencyMed(f),
          ColumnNames.latencyP90(f),
          ColumnNames.latencyP95(f),
          ColumnNames.requestCount(f));
    }

    FunctionMeasurement measurement(CsvRow cells) {
      return new FunctionMeasurement(
          name,
          cells.count(rate),
          cells.number(successRate),
          new FunctionUsage(cells.number(cpu), cells.number(ram), cells.number(power)),
          cells.countOrZero(replicas),
          cells.flag(overloaded),
          cells.number(mediumLatency),
          new LatencyDetail(
              cells.number(latencyAvg),
              cells.number(latencyMed),
              cells.number(latencyP90),
              cells.number(latencyP95)),
          cells.number(requestCount));
    }
  }

  static SamplerException bad(String message) {
    return new SamplerException(message, ExitCode.BAD_INPUT, null, null);
  }
}
