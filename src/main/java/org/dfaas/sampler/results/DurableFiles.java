package org.dfaas.sampler.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.dfaas.sampler.RegularFiles;

/**
 * Whole-file writes that a crash cannot leave half done: the content goes to a temporary file in
 * the same folder, is synced, and is then renamed over the target, so a reader sees the old file or
 * the new one and never a torn one. A target that exists must be a regular file: a link, FIFO,
 * device or socket in its place is refused ({@link RegularFiles}), never replaced or followed.
 */
final class DurableFiles {

  private DurableFiles() {}

  /** Replaces {@code target} with {@code content}, creating its folder when needed. */
  static void replace(Path target, byte[] content) throws IOException {
    replace(target, channel -> writeFully(channel, content));
  }

  /**
   * Replaces {@code target} with what {@code content} writes as UTF-8 text, streamed: for files too
   * large to build in memory first.
   */
  static void replaceText(Path target, TextContent content) throws IOException {
    replace(
        target,
        channel -> {
          // Not closed: closing the writer would close the channel before it is forced.
          Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(
                      Channels.newOutputStream(channel), StandardCharsets.UTF_8));
          content.writeTo(out);
          out.flush();
        });
  }

  /** Text written to a file being replaced. */
  @FunctionalInterface
  interface TextContent {
    void writeTo(Writer out) throws IOException;
  }

  private interface ChannelContent {
    void writeTo(FileChannel channel) throws IOException;
  }

  private static void replace(Path target, ChannelContent content) throws IOException {
    // The rename below would replace a planted link rather than follow it; refusing it instead
    // says that someone put something else where the campaign keeps its files.
    RegularFiles.checkFile(target, "output folder entry");
    Path folder = target.toAbsolutePath().getParent();
    createFolder(folder);
    // Not Files.createTempFile: its files are private (0600), and an artifact gets the same
    // permissions as the CSVs beside it, the process's defaults.
    Path temporary =
        folder.resolve(
            "." + target.getFileName() + ThreadLocalRandom.current().nextLong(1L << 62) + ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(channel);
        channel.force(true);
      }
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      syncFolder(folder);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Deletes the temporary files that {@link #replace} left in {@code folder} when the process was
   * killed between writing one and renaming it; the file it was to replace is whole either way.
   *
   * @return how many were deleted
   */
  static int removeLeftovers(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int removed = 0;
    try (var files = Files.newDirectoryStream(folder, ".*.tmp")) {
      for (Path file : files) {
        if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
          removed++;
        }
      }
    }
    return removed;
  }

  /** Creates a missing folder and its missing parents, each synced into its own parent. */
  static void createFolder(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    Path parent = folder.toAbsolutePath().getParent();
    if (parent != null) {
      createFolder(parent);
    }
    Files.createDirectories(folder);
    if (parent != null) {
      syncFolder(parent);
    }
  }

  /** A rename is durable only once its folder is synced; otherwise a crash can undo it. */
  static void syncFolder(Path folder) throws IOException {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  static void writeFully(FileChannel channel, byte[] content) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(content);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }
}
