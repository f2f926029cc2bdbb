package org.dfaas.sampler.results;

import java.util.List;

/**
 * The layout of one kind of output CSV file: its header and how a row becomes cells. Keeping each
 * file's layout behind this seam lets one writer (and, later, the durable appender) serve every
 * file, and lets a layout be tested as plain lists of strings.
 *
 * <p>Implementations are immutable and thread-safe; {@link #cells} throws {@link
 * IllegalArgumentException} for a row that does not fit the layout.
 *
 * @param <T> the row type
 */
public interface CsvTable<T> {

  /** The column names, in order. */
  List<String> header();

  /** The cells of {@code row}, one per column of {@link #header()}, already formatted. */
  List<String> cells(T row);

  /** The dialect this file is written in; comma-separated unless the file says otherwise. */
  default CsvDialect dialect() {
    return CsvDialect.COMMA;
  }
}
