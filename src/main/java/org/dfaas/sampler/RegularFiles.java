package org.dfaas.sampler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one way the tool opens a file it was given or keeps in an output folder: only a regular file
 * (or, for folders, a real directory) is used, never what a symbolic link points to, never a FIFO,
 * device or socket. The type is read with {@link LinkOption#NOFOLLOW_LINKS} before any open, so a
 * FIFO is refused without the open that would block until a writer comes; the open itself also
 * passes {@code NOFOLLOW_LINKS} ({@code O_NOFOLLOW}), so a link swapped in after the check fails
 * the open rather than being followed. Reads are capped on the bytes actually read, never on a size
 * the file system reports ({@code /dev/zero} reports 0).
 *
 * <p>Every refusal is a {@link SamplerException} with exit 2 naming the file and what it is.
 * Stateless and thread-safe.
 */
public final class RegularFiles {

  /** The cap of a config, queries or record file: far above any real one. */
  public static final long TEXT_FILE_BYTES = 16L << 20;

  private RegularFiles() {}

  /**
   * Checks that {@code file}, when it exists, is a regular file itself and not a link to one.
   *
   * @param what what the file is for the user, e.g. {@code results file}
   * @return whether the file exists
   * @throws SamplerException exit 2 when it is a link, folder, FIFO, device or socket
   */
  public static boolean checkFile(Path file, String what) {
    return check(file, what, BasicFileAttributes::isRegularFile, "a regular file");
  }

  /**
   * Checks that {@code folder}, when it exists, is a directory itself and not a link to one.
   *
   * @return whether the folder exists
   * @throws SamplerException exit 2 when it is anything else
   */
  public static boolean checkFolder(Path folder, String what) {
    return check(folder, what, BasicFileAttributes::isDirectory, "a folder");
  }

  /** Whether {@code path} exists; refused when it is not of the {@code expected} kind. */
  private static boolean check(
      Path path, String what, Predicate<BasicFileAttributes> kind, String expected) {
    return attributes(path)
        .map(
            attributes -> {
              if (!kind.test(attributes)) {
                throw refused(path, what, attributes, expected);
              }
              return true;
            })
        .orElse(false);
  }

  /** Opens an existing regular file for reading. */
  public static InputStream openRead(Path file, String what) throws IOException {
    checkFile(file, what);
    return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Opens {@code file} for writing with {@code options}, creating it if they say so; refused when
   * it exists and is not a regular file.
   */
  public static OutputStream openWrite(Path file, String what, OpenOption... options)
      throws IOException {
    checkFile(file, what);
    return Files.newOutputStream(file, withNoFollow(options));
  }

  /** Opens {@code file} as a channel, same rules as {@link #openWrite}. */
  public static FileChannel openChannel(Path file, String what, OpenOption... options)
      throws IOException {
    checkFile(file, what);
    return FileChannel.open(file, Set.of(withNoFollow(options)));
  }

  /**
   * The bytes of a regular file, at most {@code maxBytes} of them.
   *
   * @throws SamplerException exit 2 when the file holds more, counted while reading
   */
  public static byte[] readCapped(Path file, String what, long maxBytes) throws IOException {
    try (InputStream in = openRead(file, what)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new SamplerException(
            what + " " + file + " is larger than " + maxBytes + " bytes",
            ExitCode.BAD_INPUT,
            "is it the right file?",
            null);
      }
      return bytes;
    }
  }

  /**
   * The UTF-8 text of a regular file of at most {@code maxBytes}.
   *
   * @throws java.nio.charset.CharacterCodingException when it is not UTF-8
   */
  public static String readString(Path file, String what, long maxBytes) throws IOException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .decode(ByteBuffer.wrap(readCapped(file, what, maxBytes)))
        .toString();
  }

  private static Optional<BasicFileAttributes> attributes(Path path) {
    try {
      return Optional.of(
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      // Absent, or a parent is no folder: the open that follows says so in its own words.
      return Optional.empty();
    }
  }

  private static SamplerException refused(
      Path path, String what, BasicFileAttributes attributes, String wanted) {
    return new SamplerException(
        what + " " + path + " is " + kind(attributes) + ", not " + wanted,
        ExitCode.BAD_INPUT,
        "the tool uses only regular files and folders, never what a link points to: replace it"
            + " with "
            + wanted,
        null);
  }

  private static String kind(BasicFileAttributes attributes) {
    if (attributes.isSymbolicLink()) {
      return "a symbolic link";
    }
    if (attributes.isDirectory()) {
      return "a folder";
    }
    if (attributes.isRegularFile()) {
      return "a regular file";
    }
    return "a special file (FIFO, device or socket)";
  }

  private static OpenOption[] withNoFollow(OpenOption... options) {
    List<OpenOption> all = new ArrayList<>(List.of(options));
    all.add(LinkOption.NOFOLLOW_LINKS);
    return all.toArray(OpenOption[]::new);
  }
}
