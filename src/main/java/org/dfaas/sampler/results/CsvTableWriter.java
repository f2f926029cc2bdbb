package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.dfaas.sampler.SamplerException;

/**
 * Writes records of one {@link CsvTable} to a {@link Writer}, in the table's dialect. It neither
 * flushes nor syncs: durability belongs to whoever owns the file, so one writer serves a whole new
 * file as well as an append to an existing one.
 *
 * <p>Not thread-safe, like the {@link Writer} it wraps.
 *
 * @param <T> the row type
 */
public final class CsvTableWriter<T> {

  private final Writer out;
  private final CsvTable<T> table;

  public CsvTableWriter(Writer out, CsvTable<T> table) {
    this.out = Objects.requireNonNull(out, "out");
    this.table = Objects.requireNonNull(table, "table");
  }

  /** Writes the header record. */
  public void writeHeader() throws IOException {
    table.dialect().writeRecord(out, table.header());
  }

  /** Writes one row. */
  public void writeRow(T row) throws IOException {
    table.dialect().writeRecord(out, table.cells(row));
  }

  /**
   * Writes a whole file, header then rows, in UTF-8, replacing any file already there. Meant for
   * files written once, such as one iteration's metrics; the file is not synced.
   *
   * @throws SamplerException naming the file when it cannot be written
   */
  public static <T> void writeFile(Path file, CsvTable<T> table, Iterable<T> rows) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CsvTableWriter<T> writer = new CsvTableWriter<>(out, table);
      writer.writeHeader();
      for (T row : rows) {
        writer.writeRow(row);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new SamplerException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
