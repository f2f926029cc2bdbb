package org.dfaas.sampler.results;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.dfaas.sampler.RegularFiles;

/**
 * A CSV file that only grows, one synced record at a time, so every record appended is on disk
 * before the caller moves on. Opening an existing file first checks that its header is the one
 * expected (appending rows of another layout would corrupt it), touching nothing when it is not;
 * then a torn last line left by a crash mid-write is moved into a side file beside it, never just
 * cut.
 *
 * <p>Not thread-safe.
 */
final class AppendOnlyCsv implements Closeable {

  private final Path file;
  private final CsvDialect dialect;
  private final FileChannel channel;
  private final Path tornLine;

  private AppendOnlyCsv(Path file, CsvDialect dialect, FileChannel channel, Path tornLine) {
    this.file = file;
    this.dialect = dialect;
    this.channel = channel;
    this.tornLine = tornLine;
  }

  /**
   * Checks, changing nothing, that {@code file} is absent, empty or starts with {@code header}; a
   * header line cut short by a crash counts as its start.
   *
   * @throws HeaderMismatchException when the file has another header
   */
  static void checkHeader(Path file, CsvDialect dialect, List<String> header) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (FileChannel channel =
        RegularFiles.openChannel(file, "output folder entry", StandardOpenOption.READ)) {
      checkHeader(file, channel, headerText(dialect, header));
    }
  }

  /**
   * Opens {@code file} for appending, writing the header first when the file is new or empty.
   *
   * @throws HeaderMismatchException when the file has another header
   */
  static AppendOnlyCsv open(Path file, CsvDialect dialect, List<String> header) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    boolean existed = Files.exists(file);
    DurableFiles.createFolder(parent);
    FileChannel channel =
        RegularFiles.openChannel(
            file,
            "output folder entry",
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    try {
      checkHeader(file, channel, headerText(dialect, header));
      Path torn = moveTornLastLine(file, channel);
      if (channel.size() == 0) {
        channel.position(0);
        DurableFiles.writeFully(
            channel, dialect.formatRecord(header).getBytes(StandardCharsets.UTF_8));
        channel.force(true);
      }
      if (!existed) {
        DurableFiles.syncFolder(parent);
      }
      channel.position(channel.size());
      return new AppendOnlyCsv(file, dialect, channel, torn);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * The side file a torn last line was moved to on opening; {@code null} when the file was whole.
   */
  Path tornLine() {
    return tornLine;
  }

  Path file() {
    return file;
  }

  /** Appends one record and syncs it to disk. */
  void append(List<String> fields) throws IOException {
    DurableFiles.writeFully(channel, dialect.formatRecord(fields).getBytes(StandardCharsets.UTF_8));
    channel.force(false);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private static String headerText(CsvDialect dialect, List<String> header) {
    String line = dialect.formatRecord(header);
    return line.substring(0, line.length() - CsvDialect.LINE_END.length());
  }

  private static void checkHeader(Path file, FileChannel channel, String expected)
      throws IOException {
    if (channel.size() == 0) {
      return;
    }
    FirstLine found = firstLine(channel);
    boolean matches =
        found.whole() ? found.text().equals(expected) : expected.startsWith(found.text());
    if (!matches) {
      throw new HeaderMismatchException(file, expected, found.text());
    }
  }

  /**
   * A file that does not end with a line break was cut mid-record: the cut record goes to {@code
   * {file}.torn-{epoch millis}}, synced, before the file is truncated to its whole lines.
   */
  private static Path moveTornLastLine(Path file, FileChannel channel) throws IOException {
    long size = channel.size();
    long end = size;
    ByteBuffer one = ByteBuffer.allocate(1);
    while (end > 0) {
      one.clear();
      channel.read(one, end - 1);
      if (one.get(0) == '\n') {
        break;
      }
      end--;
    }
    if (end == size) {
      return null;
    }
    ByteBuffer torn = ByteBuffer.allocate((int) Math.min(size - end, Integer.MAX_VALUE - 8));
    while (torn.hasRemaining() && channel.read(torn, end + torn.position()) > 0) {
      // A short read is retried until the torn line is read whole.
    }
    Path side = file.resolveSibling(file.getFileName() + ".torn-" + System.currentTimeMillis());
    DurableFiles.replace(side, torn.array());
    channel.truncate(end);
    channel.force(true);
    return side;
  }

  /** The first line, and whether a line break ended it. */
  private record FirstLine(String text, boolean whole) {}

  private static FirstLine firstLine(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 1 << 20));
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
      // read() may return fewer bytes than asked for; the header is compared whole.
    }
    String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    return new FirstLine(
        line.endsWith("\r") ? line.substring(0, line.length() - 1) : line, end >= 0);
  }
}
