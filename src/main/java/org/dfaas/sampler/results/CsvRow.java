package org.dfaas.sampler.results;

import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/**
 * One row of a CSV file read by {@link CsvReader}, its cells found by column name. A column the
 * header lacks reads as an empty cell, so a reader of a newer layout reads an older folder; every
 * cell that must be a number is parsed here, and a bad one is a {@link SamplerException} with exit
 * code 2 naming the file, the line and the column.
 *
 * <p>Valid only during the visit it is handed to: a reader keeps values, never the row.
 */
public final class CsvRow {

  private final CsvHeader header;
  private final CSVRecord record;
  private final long line;

  CsvRow(CsvHeader header, CSVRecord record, long line) {
    this.header = header;
    this.record = record;
    this.line = line;
  }

  /** The file's header. */
  public CsvHeader header() {
    return header;
  }

  /** The line of the file this row ends on (the header is line 1 of a file without blank lines). */
  public long line() {
    return line;
  }

  /** How many cells the row has; {@link CsvReader} hands on only rows as wide as the header. */
  public int size() {
    return record.size();
  }

  /** The cell at {@code index}, 0-based, as written. */
  public String cell(int index) {
    return record.get(index);
  }

  /** The cell of {@code column} as written; empty when the header has no such column. */
  public String text(String column) {
    int at = header.indexOf(column);
    return at < 0 || at >= record.size() ? "" : record.get(at);
  }

  /**
   * The number in {@code column}, as this tool or Python writes it ({@code nan}, {@code inf}); NaN
   * when the cell is empty or the column absent, never zero.
   */
  public double number(String column) {
    String cell = text(column).trim();
    if (cell.isEmpty()) {
      return Double.NaN;
    }
    try {
      return CsvNumbers.parse(cell);
    } catch (NumberFormatException e) {
      throw problem(column, "is not a number: \"" + cell + "\"", e);
    }
  }

  /** The whole number ≥ 0 in {@code column}, which must be there. */
  public int count(String column) {
    String cell = text(column).trim();
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

  /** {@link #count}, or 0 when the cell is empty or the column absent (an older layout). */
  public int countOrZero(String column) {
    return text(column).isBlank() ? 0 : count(column);
  }

  /** A flag: {@code 1}/{@code 0} (or Python's {@code True}/{@code False}); empty is false. */
  public boolean flag(String column) {
    String cell = text(column).trim();
    return switch (cell) {
      case "1", "True", "true" -> true;
      case "0", "False", "false", "" -> false;
      default -> throw problem(column, "is not 0 or 1: \"" + cell + "\"", null);
    };
  }

  /** A bad cell: exit code 2, {@code FILE line N: COLUMN WHAT}. */
  public SamplerException problem(String column, String what, Throwable cause) {
    return problem(column + " " + what, cause);
  }

  /** A bad row: exit code 2, {@code FILE line N: PROBLEM}. */
  public SamplerException problem(String problem, Throwable cause) {
    return new SamplerException(
        header.source() + " line " + line + ": " + problem, ExitCode.BAD_INPUT, null, cause);
  }
}
