package org.dfaas.sampler.results;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
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
        rows.add(columns.recorded(record));
      }
    }
    return new RecordedResults(source, columns.functions, rows, torn);
  }

  /**
   * What {@link #stream} read.
   *
   * @param functions the functions of the header, in the header's order
   * @param rows how many complete rows were handed on
   * @param torn whether a last line without its line end was left out
   */
  public record Streamed(List<String> functions, long rows, boolean torn) {}

  /**
   * Hands each complete row of {@code file} to {@code rows}, one at a time, without holding the
   * file in memory; the file may be in use by a running campaign, so it is read as it is at the
   * call (rows appended meanwhile are not read), without a lock, and a last line without its line
   * end (torn, or being written) is left out.
   *
   * @throws SamplerException with exit code 2 naming the file, line and column of a malformed row
   */
  public static Streamed stream(Path file, Consumer<RecordedRow> rows) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      boolean endsWithLineEnd = size > 0 && lastByte(channel, size) == '\n';
      channel.position(0);
      Reader in =
          new InputStreamReader(
              new BoundedInputStream(Channels.newInputStream(channel), size),
              StandardCharsets.UTF_8);
      try (CSVParser parser = CsvDialect.COMMA.readFormat().parse(in)) {
        return stream(parser.iterator(), file.toString(), endsWithLineEnd, rows);
      }
    } catch (NoSuchFileException e) {
      throw bad(file + ": no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new SamplerException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Streamed stream(
      Iterator<CSVRecord> records,
      String source,
      boolean endsWithLineEnd,
      Consumer<RecordedRow> rows) {
    if (!records.hasNext()) {
      throw bad(source + " is empty: not even a header", null);
    }
    Columns columns = new Columns(records.next().toList(), source);
    CSVRecord pending = null;
    long handed = 0;
    while (records.hasNext()) {
      CSVRecord record = records.next();
      if (pending != null) {
        rows.accept(columns.recorded(pending));
        handed++;
      }
      pending = record;
    }
    boolean torn = false;
    if (pending != null) {
      if (endsWithLineEnd && columns.complete(pending)) {
        rows.accept(columns.recorded(pending));
        handed++;
      } else {
        torn = true;
      }
    }
    return new Streamed(columns.functions, handed, torn);
  }

  private static int lastByte(FileChannel channel, long size) throws IOException {
    ByteBuffer last = ByteBuffer.allocate(1);
    channel.read(last, size - 1);
    return last.get(0);
  }

  /** The first {@code limit} bytes of a stream: the file as it was when reading began. */
  private static final class BoundedInputStream extends FilterInputStream {

    private long left;

    BoundedInputStream(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      left -= b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(buffer, offset, (int) Math.min(length, left));
      left -= Math.max(n, 0);
      return n;
    }
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

    RecordedRow recorded(CSVRecord record) {
      return new RecordedRow(
          record.getRecordNumber(), row(record), cell(record, ColumnNames.TARGET));
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
              || cell.equals(ResultsCsv.NO_OVERLOAD)
              || cell.equals(ResultsCsv.UNKNOWN_REASON)
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
