package org.dfaas.sampler.k6;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.session.ClientSession;

/**
 * Commands on the k6 host's exec channels: opening one with its streams, a short command's exit
 * status and output, and how a failure on the way reads (a stop asked for, a lost connection).
 *
 * <p>Thread-safe: it keeps no state between commands.
 */
final class SshExec {

  /** A short command's exit status and its output (stdout and stderr together, capped). */
  record Short(int exit, String output) {}

  private final Duration connectTimeout;
  private final K6HostFailures failures;

  SshExec(Duration connectTimeout, K6HostFailures failures) {
    this.connectTimeout = connectTimeout;
    this.failures = failures;
  }

  /**
   * Opens {@code channel} within the connect timeout, {@code script} on its stdin, its stdout and
   * stderr going to {@code out} and {@code err}.
   *
   * @return what completes when the channel has closed
   */
  CompletableFuture<Void> open(
      ChannelExec channel, RemoteScript script, OutputStream out, OutputStream err)
      throws IOException {
    // EOF on stdin right after the script: k6 reads nothing from it, and a remote shell left
    // waiting on an open stdin (OpenSSH, a login shell's rc file) ended ~100 ms later on every run.
    channel.setIn(new ByteArrayInputStream(script.stdin()));
    channel.setOut(out);
    channel.setErr(err);
    CompletableFuture<Void> closed = new CompletableFuture<>();
    channel.open().verify(connectTimeout);
    channel.addCloseFutureListener(future -> closed.complete(null));
    return closed;
  }

  /** A command whose output is small, within the connect timeout plus the kill's grace. */
  Short shortCommand(ClientSession current, RemoteScript script, String configId) {
    CappedBytes output = new CappedBytes(CappedBytes.SHORT_OUTPUT_BYTES);
    try (ChannelExec channel = current.createExecChannel(RemoteScript.COMMAND)) {
      open(channel, script, output, output)
          .get(connectTimeout.plus(Duration.ofSeconds(6)).toMillis(), TimeUnit.MILLISECONDS);
      Integer exit = channel.getExitStatus();
      String text = output.text();
      if (exit == null) {
        throw failures.failed(
            configId, null, text, lostOr(current, "a command ended without status"));
      }
      return new Short(exit, text);
    } catch (IOException | ExecutionException | TimeoutException e) {
      throw failures.failed(
          configId,
          null,
          output.text(),
          stopOr(e, lostOr(current, "command on the k6 host failed or timed out: " + e)),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failures.failed(configId, null, "", "cancelled while talking to the k6 host", e);
    }
  }

  /**
   * Whether the session dropped under a failed step. A closed channel can show the drop before the
   * session knows of it (the SFTP step runs on a thread of its own), so the session gets up to a
   * second to say so.
   */
  static boolean droppedUnder(ClientSession current, Throwable failure) {
    boolean channelClosed = false;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      channelClosed |= cause instanceof ClosedChannelException;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    while (channelClosed && current.isOpen() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return !current.isOpen();
  }

  /**
   * {@code reason}, unless {@code failure} comes from a stop asked for (an interrupt that MINA or
   * NIO turned into an exception, clearing the thread's flag): then the flag is set again, so the
   * campaign ends as interrupted instead of recording a failed configuration.
   */
  static String stopOr(Throwable failure, String reason) {
    return keepsStop(failure) ? "run cancelled (" + reason + ")" : reason;
  }

  /**
   * Whether {@code failure} comes from a stop asked for, as an exception (then the thread's flag is
   * set again) or with the thread's flag still set. A socket's timeout is an {@code
   * InterruptedIOException} too, but no stop: the host is slow or gone.
   */
  static boolean keepsStop(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InterruptedException
          || cause instanceof java.io.InterruptedIOException
              && !(cause instanceof java.net.SocketTimeoutException)
          || cause instanceof java.nio.channels.ClosedByInterruptException) {
        Thread.currentThread().interrupt();
        return true;
      }
    }
    return Thread.currentThread().isInterrupted();
  }

  /** {@code reason}, or that the connection was lost when it was. */
  static String lostOr(ClientSession current, String reason) {
    return current.isOpen() ? reason : "connection to the k6 host lost";
  }
}
