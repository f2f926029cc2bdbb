package org.dfaas.sampler.results;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.RegularFiles;
import org.dfaas.sampler.SamplerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reader of the CSV files of an output folder ({@code results.csv}, {@code skipped.csv},
 * {@code index.csv}, {@code frontier.csv}, {@code failures.csv}, a DFaaS sampler's {@code
 * results-*.csv}): every command that reads one (resume, {@code plan}, {@code report}, {@code plan
 * --replay}, export, dashboard) goes through here, so that each file is read by the same rules:
 *
 * <ul>
 *   <li>Rows stream: each is handed to the {@link Visitor} and dropped, so a file of millions of
 *       rows is read in bounded memory.
 *   <li>A UTF-8 byte-order mark at the start (a spreadsheet's "CSV UTF-8") is stripped, as the
 *       header check of a resumed folder strips it.
 *   <li>The first record is the header ({@link CsvHeader}); a name given twice is refused.
 *   <li>A last line without a line break at its end is torn (a write that failed or is still going
 *       on left it): it is left out, logged, and said so in {@link Read#tornLastRow()}; the next
 *       {@code run} moves it into a side file. Any other row not as wide as the header is damage.
 *   <li>Every problem is a {@link SamplerException} with exit code 2 naming the file and line (and
 *       the column, through {@link CsvRow}); an unreadable file is exit code 1.
 * </ul>
 *
 * <p>Stateless and thread-safe; a visitor is called on the reading thread only.
 */
public final class CsvReader {

  private static final Logger LOG = LoggerFactory.getLogger(CsvReader.class);

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final String FIX_THE_LINE =
      "only a last line without a line break at its end may be cut short (it is left out);"
          + " fix or remove that line";

  private CsvReader() {}

  /** What a reader does with a file's header and rows. */
  @FunctionalInterface
  public interface Visitor {

    /** The header, before any row; throw (through {@link CsvHeader}'s source) to refuse it. */
    default void header(CsvHeader header) {}

    /** One complete row, as wide as the header. */
    void row(CsvRow row);
  }

  /**
   * What a read found besides its rows.
   *
   * @param source the file, as messages name it
   * @param header the header; null when the file is absent or empty
   * @param rows how many rows were handed on
   * @param tornLastRow whether a torn last line was left out
   */
  public record Read(String source, CsvHeader header, long rows, boolean tornLastRow) {

    /** Whether there was a header: the file exists and is not empty. */
    public boolean hasHeader() {
      return header != null;
    }
  }

  /**
   * Reads {@code file} row by row.
   *
   * @throws SamplerException with exit code 2 when the file is missing or malformed, 1 when it
   *     cannot be read
   */
  public static Read read(Path file, CsvDialect dialect, Visitor visitor) {
    try {
      return open(file, dialect, visitor);
    } catch (NoSuchFileException e) {
      throw new SamplerException(file + ": no such file", ExitCode.BAD_INPUT, null, e);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  /**
   * Reads {@code file} row by row; a file that does not exist reads as one without a header.
   *
   * @throws SamplerException as {@link #read(Path, CsvDialect, Visitor)}
   */
  public static Read readIfPresent(Path file, CsvDialect dialect, Visitor visitor) {
    try {
      return open(file, dialect, visitor);
    } catch (NoSuchFileException e) {
      return new Read(file.toString(), null, 0, false);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  /**
   * Reads {@code in} row by row; {@code source} names it in messages.
   *
   * @throws IOException when {@code in} cannot be read
   */
  public static Read read(Reader in, String source, CsvDialect dialect, Visitor visitor)
      throws IOException {
    LastCharacter text = new LastCharacter(withoutByteOrderMark(in));
    CSVParser parser = dialect.readFormat().parse(text);
    try (parser) {
      return new Rows(source, parser, text, visitor).readAll();
    }
  }

  /**
   * Reads only the header of {@code file}, for a reader that needs the columns of several files
   * before any of their rows; read as {@link #read(Path, CsvDialect, Visitor)} reads it.
   *
   * @return the header, or {@code null} when the file is empty
   * @throws SamplerException as {@link #read(Path, CsvDialect, Visitor)}
   */
  public static CsvHeader header(Path file, CsvDialect dialect) {
    try {
      return open(
          file,
          in -> {
            try (CSVParser parser = dialect.readFormat().parse(withoutByteOrderMark(in))) {
              Iterator<CSVRecord> records = parser.iterator();
              return records.hasNext()
                  ? new CsvHeader(file.toString(), 1, records.next().toList())
                  : null;
            }
          });
    } catch (NoSuchFileException e) {
      throw new SamplerException(file + ": no such file", ExitCode.BAD_INPUT, null, e);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  private static Read open(Path file, CsvDialect dialect, Visitor visitor) throws IOException {
    return open(file, in -> read(in, file.toString(), dialect, visitor));
  }

  /** What is read from a file's text. */
  private interface TextRead<T> {
    T from(Reader in) throws IOException;
  }

  // The one place a file of an output folder is opened for reading.
  private static <T> T open(Path file, TextRead<T> read) throws IOException {
    // Only a regular file, never a link, FIFO or device: a FIFO would block the read forever.
    InputStream bytes = RegularFiles.openRead(file, "CSV file");
    try (Reader in = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder())) {
      return read.from(in);
    } catch (CharacterCodingException e) {
      throw new SamplerException(
          file + ": not UTF-8 text (" + e.getMessage() + ")", ExitCode.BAD_INPUT, null, e);
    }
  }

  private static SamplerException cannotRead(Path file, IOException e) {
    return new SamplerException("cannot read " + file + ": " + e.getMessage(), e);
  }

  private static Reader withoutByteOrderMark(Reader in) throws IOException {
    BufferedReader buffered = new BufferedReader(in);
    buffered.mark(1);
    if (buffered.read() != BYTE_ORDER_MARK) {
      buffered.reset();
    }
    return buffered;
  }

  /** One pass over a parser's records: the header, then each row once the next one is seen. */
  private static final class Rows {

    private final String source;
    private final CSVParser parser;
    private final LastCharacter text;
    private final Visitor visitor;
    private final Iterator<CSVRecord> records;
    private CsvHeader header;
    private long rows;

    Rows(String source, CSVParser parser, LastCharacter text, Visitor visitor) {
      this.source = source;
      this.parser = parser;
      this.text = text;
      this.visitor = visitor;
      this.records = parser.iterator();
    }

    Read readAll() throws IOException {
      // A record is handed on only once the next is parsed, since only the last may be torn.
      CSVRecord pending = null;
      long pendingLine = 0;
      while (true) {
        CSVRecord next;
        try {
          next = records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
          if (text.atEnd() && !text.endsWithLineBreak()) {
            // A quoted field cut short: the last line is torn, whatever the parser made of it.
            return torn(pending, pendingLine, pendingLine + 1);
          }
          throw malformed(e, pendingLine + 1);
        }
        if (next == null) {
          break;
        }
        long line = parser.getCurrentLineNumber();
        if (pending != null) {
          take(pending, pendingLine);
        }
        pending = next;
        pendingLine = line;
      }
      if (pending == null) {
        return new Read(source, header, rows, false);
      }
      if (!text.endsWithLineBreak()) {
        return torn(null, 0, pendingLine + 1);
      }
      take(pending, pendingLine);
      return new Read(source, header, rows, false);
    }

    private Read torn(CSVRecord before, long beforeLine, long tornLine) {
      if (before != null) {
        take(before, beforeLine);
      }
      LOG.warn(
          "{} line {}: the last line has no line break at its end (a write failed or is going on):"
              + " left out; the next run moves it into a side file",
          source,
          tornLine);
      return new Read(source, header, rows, true);
    }

    private void take(CSVRecord record, long line) {
      if (header == null) {
        header = new CsvHeader(source, line, record.toList());
        visitor.header(header);
        return;
      }
      if (record.size() == 1 && header.size() > 1 && record.get(0).isBlank()) {
        return; // a line of spaces, as a hand edit leaves: blank, like an empty line
      }
      if (record.size() != header.size()) {
        throw new SamplerException(
            source
                + " line "
                + line
                + ": "
                + record.size()
                + " fields where the header has "
                + header.size(),
            ExitCode.BAD_INPUT,
            FIX_THE_LINE,
            null);
      }
      CsvRow row = new CsvRow(header, record, line);
      rows++;
      visitor.row(row);
    }

    private SamplerException malformed(UncheckedIOException e, long line) {
      IOException cause = e.getCause();
      if (cause instanceof CharacterCodingException) {
        return new SamplerException(
            source + ": not UTF-8 text (" + cause.getMessage() + ")", ExitCode.BAD_INPUT, null, e);
      }
      return new SamplerException(
          source + " line " + line + ": not CSV: " + cause.getMessage(),
          ExitCode.BAD_INPUT,
          FIX_THE_LINE,
          e);
    }
  }

  /** Remembers the last character read and whether the end was reached. */
  private static final class LastCharacter extends FilterReader {

    private int last = -1;
    private boolean atEnd;

    LastCharacter(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c < 0) {
        atEnd = true;
      } else {
        last = c;
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n < 0) {
        atEnd = true;
      } else if (n > 0) {
        last = buffer[offset + n - 1];
      }
      return n;
    }

    boolean atEnd() {
      return atEnd;
    }

    /** Whether the text read so far ends a line; an empty text does. */
    boolean endsWithLineBreak() {
      return last < 0 || last == '\n' || last == '\r';
    }
  }
}
