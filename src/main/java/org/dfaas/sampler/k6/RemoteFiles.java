package org.dfaas.sampler.k6;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * The k6 host's files over one SFTP channel kept open for the session: on hosts whose SFTP server
 * is started through the user's shell, a channel per run would cost a shell start-up each time.
 *
 * <p>Each step runs on a thread of its own while the caller waits for it, up to the limit: a stop
 * (the caller's interrupt) or the limit ends the wait, closes the channel so the step fails at
 * once, and the next step opens a new channel. MINA's SFTP client never sees the caller's
 * interrupt: it can lose one (an upload's close turns it into an exception, then replaces that
 * exception with the failure of closing the file handle), and a lost stop let k6 start and run to
 * its timeout. Not thread-safe: the SSH executor serialises runs.
 */
final class RemoteFiles implements AutoCloseable {

  private interface Step<T> {
    T run(SftpClient sftp) throws IOException;
  }

  private final ClientSession session;
  private final ExecutorService steps;
  private final Duration limit;
  private SftpClient sftp;

  /**
   * @param steps runs each step; a step abandoned at a stop may still be ending on its thread when
   *     the next one starts, so it needs more than one thread
   */
  RemoteFiles(ClientSession session, ExecutorService steps, Duration limit) {
    this.session = session;
    this.steps = steps;
    this.limit = limit;
  }

  /** Creates {@code dir} and its missing parents, like {@code mkdir -p}. */
  void mkdirs(String dir) throws IOException {
    guarded(
        sftp -> {
          if (exists(sftp, dir)) {
            return null;
          }
          StringBuilder path = new StringBuilder();
          for (String part : dir.split("/")) {
            if (part.isEmpty()) {
              continue;
            }
            path.append('/').append(part);
            if (!exists(sftp, path.toString())) {
              sftp.mkdir(path.toString());
            }
          }
          return null;
        });
  }

  void write(String path, byte[] data) throws IOException {
    guarded(
        sftp -> {
          try (OutputStream out = sftp.write(path)) {
            out.write(data);
          }
          return null;
        });
  }

  /**
   * The file's bytes, or empty when there is no such file.
   *
   * @throws IOException also when the file is larger than {@code maxBytes}, which are all that is
   *     ever read of it
   */
  Optional<byte[]> read(String path, int maxBytes) throws IOException {
    return guarded(
        sftp -> {
          try (InputStream in = sftp.read(path)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
              throw new IOException(path + " is larger than " + maxBytes + " bytes");
            }
            return Optional.of(bytes);
          } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
              return Optional.empty();
            }
            throw e;
          }
        });
  }

  private static boolean exists(SftpClient sftp, String path) throws IOException {
    try {
      sftp.stat(path);
      return true;
    } catch (SftpException e) {
      if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
        return false;
      }
      throw e;
    }
  }

  private <T> T guarded(Step<T> step) throws IOException {
    Future<T> done = steps.submit(() -> step.run(client()));
    try {
      return done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      abandon(done);
      Thread.currentThread().interrupt();
      InterruptedIOException stop = new InterruptedIOException("SFTP step stopped");
      stop.initCause(e);
      throw stop;
    } catch (TimeoutException e) {
      abandon(done);
      throw new IOException("SFTP step timed out after " + limit.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      close();
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new IOException("SFTP step failed: " + cause, cause);
    }
  }

  /** Ends a step left behind: closing its channel makes its blocked call fail at once. */
  private void abandon(Future<?> step) throws IOException {
    step.cancel(false);
    close();
  }

  private synchronized SftpClient client() throws IOException {
    if (sftp == null || !sftp.isOpen()) {
      try {
        sftp = SftpClientFactory.instance().createSftpClient(session);
      } catch (IllegalStateException e) {
        // MINA's word for a session that is closing: the connection dropped.
        throw new IOException("cannot open an SFTP channel: " + e.getMessage(), e);
      }
    }
    return sftp;
  }

  @Override
  public synchronized void close() throws IOException {
    SftpClient open = sftp;
    sftp = null;
    if (open != null) {
      open.close();
    }
  }
}
