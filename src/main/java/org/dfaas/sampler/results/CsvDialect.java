package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The CSV dialect of every file in an output folder (compat §6): the one Python's {@code csv}
 * module writes by default with {@code QUOTE_MINIMAL}, so that our files are byte-for-byte what the
 * old tool wrote and old datasets and new ones can be concatenated.
 *
 * <p>Records end with {@code \r\n}; a field is quoted only when it holds the separator, a quote or
 * a line break, with inner quotes doubled. The one exception, also Python's: a record made of a
 * single empty field is written {@code ""}, or it would read back as a blank line.
 *
 * <p>Writing is done here by hand because Commons CSV's {@code QuoteMode.MINIMAL} quotes more than
 * that (an empty first field, a first field starting with a character up to {@code #}, a field
 * ending in a space, checked with commons-csv 1.14.1), which would change the bytes of the dataset.
 * Reading goes through Commons CSV ({@link #readFormat()}), which accepts both.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param separator the field separator
 */
public record CsvDialect(char separator) {

  /** The record terminator, as Python's {@code csv} writes it. */
  public static final String LINE_END = "\r\n";

  /** The quote character. */
  public static final char QUOTE = '"';

  /** {@code results.csv}, {@code skipped.csv} and {@code metrics-*.csv}. */
  public static final CsvDialect COMMA = new CsvDialect(',');

  /** {@code index.csv}, whose fields are Python lists and so hold commas themselves. */
  public static final CsvDialect SEMICOLON = new CsvDialect(';');

  public CsvDialect {
    if (separator == QUOTE || separator == '\r' || separator == '\n') {
      throw new IllegalArgumentException("the separator cannot be a quote or a line break");
    }
  }

  /** One record, its fields quoted where needed, ending with {@link #LINE_END}. */
  public String formatRecord(List<String> fields) {
    if (fields.size() == 1 && fields.get(0).isEmpty()) {
      return "" + QUOTE + QUOTE + LINE_END;
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(separator);
      }
      line.append(quoteIfNeeded(fields.get(i)));
    }
    return line.append(LINE_END).toString();
  }

  /** Writes {@link #formatRecord(List)} to {@code out}. */
  public void writeRecord(Writer out, List<String> fields) throws IOException {
    out.write(formatRecord(fields));
  }

  /** The field as it stands in a record: quoted only when it must be. */
  public String quoteIfNeeded(String field) {
    if (!needsQuotes(field)) {
      return field;
    }
    String doubled = field.replace("\"", "\"\"");
    return QUOTE + doubled + QUOTE;
  }

  private boolean needsQuotes(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == separator || c == QUOTE || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * A Commons CSV format that reads this dialect: no header handling, blank lines ignored, fields
   * taken as they are (no trimming), since a name may legitimately start with a space in an old
   * file.
   */
  public CSVFormat readFormat() {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(separator)
        .setQuote(QUOTE)
        .setRecordSeparator(LINE_END)
        .setIgnoreEmptyLines(true)
        .get();
  }
}
