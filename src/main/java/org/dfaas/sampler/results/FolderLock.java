package org.dfaas.sampler.results;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.RegularFiles;
import org.dfaas.sampler.SamplerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exclusive right of one campaign to an output folder: an OS lock on {@value #NAME} in it,
 * holding the pid and host of its owner. The OS drops the lock when its process dies however it
 * dies, so a lock file still holding an owner while nobody locks it is stale and is taken over. A
 * clean close empties the file (it is never deleted: a second process may already have it open, and
 * would otherwise lock a file nobody else sees).
 *
 * <p>Not thread-safe: one campaign owns it.
 */
final class FolderLock implements Closeable {

  static final String NAME = ".dfaas-sampler.lock";

  private static final Logger LOG = LoggerFactory.getLogger(FolderLock.class);

  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code folder} for this process.
   *
   * @throws SamplerException exit 2 naming the owner when another campaign holds it; exit 1 when
   *     the lock file cannot be written
   */
  static FolderLock acquire(Path folder, String owner) {
    Path file = folder.resolve(NAME);
    FileChannel channel = null;
    try {
      channel =
          RegularFiles.openChannel(
              file,
              "lock file",
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String holder = content(channel);
        channel.close();
        throw new SamplerException(
            "output folder "
                + folder
                + " is in use by another campaign ("
                + (holder.isEmpty() ? "owner unknown" : holder)
                + ")",
            ExitCode.BAD_INPUT,
            "wait for it to finish, or give this campaign another output folder",
            null);
      }
      String previous = content(channel);
      if (!previous.isEmpty()) {
        LOG.warn(
            "{}: taking over the lock of a campaign that is no longer running ({})",
            folder,
            previous);
      }
      channel.truncate(0);
      DurableFiles.writeFully(channel.position(0), owner.getBytes(StandardCharsets.UTF_8));
      channel.force(true);
      return new FolderLock(channel, lock);
    } catch (IOException e) {
      closeAfterFailure(channel);
      throw SamplerException.onFile(
          "cannot lock output folder", folder, e, "check that the folder is writable");
    }
  }

  /** This process as a lock owner: {@code pid 1234 on host h since 2026-01-01T10:00:00Z}. */
  static String thisProcess(String host, Instant now) {
    return "pid " + ProcessHandle.current().pid() + " on host " + host + " since " + now;
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // Held by this very process (another campaign of the same JVM): as busy as any other owner.
      return null;
    }
  }

  private static String content(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(512);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
      // A short read is retried until the file or the buffer ends.
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
  }

  private static void closeAfterFailure(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.debug("closing a lock file after a failure: {}", e.toString());
      }
    }
  }

  /** Empties the lock file, so the next campaign sees a clean release, then unlocks it. */
  @Override
  public void close() throws IOException {
    try (channel) {
      channel.truncate(0);
      channel.force(true);
      lock.release();
    }
  }
}
