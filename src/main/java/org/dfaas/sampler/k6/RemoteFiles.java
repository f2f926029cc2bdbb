package org.dfaas.sampler.k6;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * The k6 host's files over one SFTP channel kept open for the session: on hosts whose SFTP server
 * is started through the user's shell, a channel per run would cost a shell start-up each time.
 * Every step is bounded by a {@link Watchdog}; a step that fails or outlasts its limit closes the
 * channel, and the next step opens a new one. Not thread-safe: the SSH executor serialises runs.
 */
final class RemoteFiles implements AutoCloseable {

  private interface Step<T> {
    T run(SftpClient sftp) throws IOException;
  }

  private final ClientSession session;
  private final ScheduledExecutorService timer;
  private final Duration limit;
  private SftpClient sftp;

  RemoteFiles(ClientSession session, ScheduledExecutorService timer, Duration limit) {
    this.session = session;
    this.timer = timer;
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
    Watchdog watchdog = Watchdog.arm(timer, limit, this::close);
    try {
      return step.run(client());
    } catch (IOException e) {
      close();
      if (watchdog.fired()) {
        throw new IOException("SFTP step timed out after " + limit.toSeconds() + " s", e);
      }
      throw e;
    } finally {
      watchdog.close();
    }
  }

  private synchronized SftpClient client() throws IOException {
    if (sftp == null || !sftp.isOpen()) {
      sftp = SftpClientFactory.instance().createSftpClient(session);
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
