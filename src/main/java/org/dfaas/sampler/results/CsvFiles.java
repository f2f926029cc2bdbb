package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.SamplerException;

/**
 * How the readers of the output folder open a file and walk a comma-separated one by its header, so
 * that a missing file, an unreadable one and a row's line are handled and worded alike.
 */
final class CsvFiles {

  private CsvFiles() {}

  /** What a reader makes of a file's text; {@code source} names the file in its messages. */
  @FunctionalInterface
  interface Parse<T> {
    T from(Reader in, String source) throws IOException;
  }

  /** A row of a comma-separated file, with the file's header. */
  @FunctionalInterface
  interface Row {
    void read(List<String> header, CSVRecord record);
  }

  /**
   * What {@code parse} makes of {@code file}, or {@code absent} when there is no such file.
   *
   * @throws SamplerException naming the file when it cannot be read
   */
  static <T> T readIfPresent(Path file, Parse<T> parse, T absent) {
    try {
      return open(file, parse);
    } catch (NoSuchFileException e) {
      return absent;
    } catch (IOException | UncheckedIOException e) {
      throw cannotRead(file, e);
    }
  }

  /**
   * What {@code parse} makes of {@code file}.
   *
   * @throws SamplerException naming the file when it is missing or cannot be read
   */
  static <T> T read(Path file, Parse<T> parse) {
    try {
      return open(file, parse);
    } catch (IOException | UncheckedIOException e) {
      throw cannotRead(file, e);
    }
  }

  private static <T> T open(Path file, Parse<T> parse) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse.from(in, file.toString());
    }
  }

  private static SamplerException cannotRead(Path file, Exception e) {
    return new SamplerException("cannot read " + file + ": " + e.getMessage(), e);
  }

  /** Hands each row after the first, the header, to {@code row}. */
  static void forEachRow(Reader in, Row row) throws IOException {
    forEachRow(in, header -> {}, row);
  }

  /**
   * Hands the header record to {@code header}, to refuse one that lacks a needed column, then each
   * row after it to {@code row}.
   */
  static void forEachRow(Reader in, Consumer<CSVRecord> header, Row row) throws IOException {
    List<String> names = null;
    try (CSVParser parser = CsvDialect.COMMA.readFormat().parse(in)) {
      for (CSVRecord record : parser) {
        if (names == null) {
          header.accept(record);
          names = record.toList();
        } else {
          row.read(names, record);
        }
      }
    }
  }

  /** {@code problem}, prefixed with the file and the record's line: {@code FILE line N: …}. */
  static String atLine(String source, CSVRecord record, String problem) {
    return source + " line " + record.getRecordNumber() + ": " + problem;
  }

  /** The problem of a record that has not as many fields as the header. */
  static String fieldCount(CSVRecord record, int headerSize) {
    return record.size() + " fields where the header has " + headerSize;
  }
}
