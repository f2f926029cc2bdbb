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

/**
 * A CSV file that only grows, one synced record at a time, so every record appended is on disk
 * before the caller moves on. Opening an existing file checks that its header is the one expected
 * (appending rows of another layout would corrupt it) and drops a torn last line left by a crash
 * mid-write.
 *
 * <p>Not thread-safe.
 */
final class AppendOnlyCsv implements Closeable {

  private final Path file;
  private final CsvDialect dialect;
  private final FileChannel channel;
  private final long droppedBytes;

  private AppendOnlyCsv(Path file, CsvDialect dialect, FileChannel channel, long droppedBytes) {
    this.file = file;
    this.dialect = dialect;
    this.channel = channel;
    this.droppedBytes = droppedBytes;
  }

  /**
   * Opens {@code file} for appending, writing the header first when the file is new or empty.
   *
   * @throws HeaderMismatchException when the file has another header
   */
  static AppendOnlyCsv open(Path file, CsvDialect dialect, List<String> header) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      long dropped = dropTornLastLine(channel);
      String headerLine = dialect.formatRecord(header);
      String expected = headerLine.substring(0, headerLine.length() - CsvDialect.LINE_END.length());
      if (channel.size() == 0) {
        channel.position(0);
        DurableFiles.writeFully(channel, headerLine.getBytes(StandardCharsets.UTF_8));
        channel.force(true);
      } else {
        String found = firstLine(channel);
        if (!found.equals(expected)) {
          throw new HeaderMismatchException(file, expected, found);
        }
      }
      channel.position(channel.size());
      return new AppendOnlyCsv(file, dialect, channel, dropped);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** How many bytes of a torn last line were dropped on opening; 0 when the file was whole. */
  long droppedBytes() {
    return droppedBytes;
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

  /** A file that does not end with a line break was cut mid-record: keep only whole lines. */
  private static long dropTornLastLine(FileChannel channel) throws IOException {
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
    if (end < size) {
      channel.truncate(end);
      channel.force(true);
    }
    return size - end;
  }

  private static String firstLine(FileChannel channel) throws IOException {
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
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
