package org.dfaas.sampler.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.RegularFiles;
import org.dfaas.sampler.SamplerException;

/**
 * A file that a campaign appends lines to, followed by byte offset: each {@link #next} hands on
 * only the complete lines written since the last one, headed by the file's first line (a CSV's
 * header), so that the one CSV reader parses them as a file of its own. A line still being written
 * (no line break yet) waits for the next call. A file that shrank or was replaced by another is
 * read again from its start, and the caller is told to forget what it had.
 *
 * <p>Not thread-safe: one follower reads it.
 */
final class GrowingFile {

  /** The longest header kept: a results header of a hundred functions is far shorter. */
  static final int LONGEST_HEADER = 1 << 20;

  private static final int BLOCK = 8192;

  private final Path file;
  private final boolean headed;
  private long offset;
  private byte[] header;
  private Object identity;

  /**
   * @param headed whether the first line is a header to put before each later chunk
   */
  GrowingFile(Path file, boolean headed) {
    this.file = file;
    this.headed = headed;
  }

  /** What one call found. */
  interface Lines {
    /** The new complete lines, headed by the header unless {@code restarted} already holds it. */
    void read(Reader text, boolean restarted) throws IOException;
  }

  /**
   * Hands the lines written since the last call to {@code lines}, if any; returns whether it did.
   *
   * @throws SamplerException exit 2 when the file is not a regular file; 1 when it cannot be read
   */
  boolean next(Lines lines) {
    try {
      if (!RegularFiles.checkFile(file, "output folder entry")) {
        return false;
      }
      try (FileChannel channel =
          FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        Object key =
            Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .fileKey();
        long size = channel.size();
        boolean restarted = size < offset || (identity != null && !Objects.equals(identity, key));
        if (restarted) {
          offset = 0;
          header = null;
        }
        identity = key;
        long end = endOfLastLine(channel, offset, size);
        if (end <= offset) {
          return false;
        }
        boolean first = offset == 0;
        if (first && headed) {
          header = firstLine(channel, end, file);
        }
        InputStream added =
            limited(Channels.newInputStream(channel.position(offset)), end - offset);
        InputStream text =
            first || !headed
                ? added
                : new SequenceInputStream(new ByteArrayInputStream(header), added);
        lines.read(
            new InputStreamReader(text, StandardCharsets.UTF_8.newDecoder()), restarted || first);
        offset = end;
        return true;
      }
    } catch (IOException e) {
      throw new SamplerException(
          "cannot read " + file + ": " + e.getMessage(), ExitCode.RUNTIME_FAILURE, null, e);
    }
  }

  /** How far the complete lines reach: just past the last line break after {@code from}. */
  private static long endOfLastLine(FileChannel channel, long from, long size) throws IOException {
    ByteBuffer block = ByteBuffer.allocate(BLOCK);
    long blockEnd = size;
    while (blockEnd > from) {
      long blockStart = Math.max(from, blockEnd - BLOCK);
      block.clear().limit((int) (blockEnd - blockStart));
      readFully(channel, block, blockStart);
      for (int i = block.limit() - 1; i >= 0; i--) {
        if (block.get(i) == '\n') {
          return blockStart + i + 1;
        }
      }
      blockEnd = blockStart;
    }
    return from;
  }

  private static byte[] firstLine(FileChannel channel, long end, Path file) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(end, LONGEST_HEADER));
    readFully(channel, buffer, 0);
    for (int i = 0; i < buffer.limit(); i++) {
      if (buffer.get(i) == '\n') {
        byte[] line = new byte[i + 1];
        buffer.get(0, line);
        return line;
      }
    }
    throw new SamplerException(
        "the first line of " + file + " is longer than " + LONGEST_HEADER + " bytes",
        ExitCode.BAD_INPUT,
        "is it a file of a campaign?",
        null);
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long at)
      throws IOException {
    long position = at;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position);
      if (n < 0) {
        throw new IOException("the file ended while it was read");
      }
      position += n;
    }
    buffer.flip();
  }

  /** At most {@code limit} bytes of {@code in}: what was complete when the call looked. */
  private static InputStream limited(InputStream in, long limit) {
    return new InputStream() {
      private long left = limit;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = in.read();
        left -= b < 0 ? 0 : 1;
        return b;
      }

      @Override
      public int read(byte[] buffer, int at, int length) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = in.read(buffer, at, (int) Math.min(length, left));
        left -= Math.max(n, 0);
        return n;
      }
    };
  }
}
