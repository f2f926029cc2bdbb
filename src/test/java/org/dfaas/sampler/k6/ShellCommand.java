package org.dfaas.sampler.k6;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * An exec request of the in-process SSH server run as OpenSSH runs it: by a real {@code /bin/sh
 * -c}, stdout and stderr kept apart, no TTY translation. (MINA's ProcessShellCommandFactory splits
 * the command on spaces instead of handing it to a shell.)
 */
final class ShellCommand implements Command {

  private final String command;
  private InputStream in;
  private OutputStream out;
  private OutputStream err;
  private ExitCallback exit;
  private Process process;

  ShellCommand(String command) {
    this.command = command;
  }

  @Override
  public void setInputStream(InputStream in) {
    this.in = in;
  }

  @Override
  public void setOutputStream(OutputStream out) {
    this.out = out;
  }

  @Override
  public void setErrorStream(OutputStream err) {
    this.err = err;
  }

  @Override
  public void setExitCallback(ExitCallback callback) {
    this.exit = callback;
  }

  @Override
  public void start(ChannelSession channel, Environment env) throws IOException {
    process = new ProcessBuilder("/bin/sh", "-c", command).start();
    // The channel's stdin reaches the shell, closed at the client's EOF (scripts come that way).
    pump(in, process.getOutputStream(), true);
    Thread stdout = pump(process.getInputStream(), out, false);
    Thread stderr = pump(process.getErrorStream(), err, false);
    Thread waiter =
        new Thread(
            () -> {
              try {
                int code = process.waitFor();
                stdout.join();
                stderr.join();
                exit.onExit(code);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exit.onExit(255, "interrupted");
              }
            },
            "test-sshd-wait");
    waiter.setDaemon(true);
    waiter.start();
  }

  private static Thread pump(InputStream in, OutputStream to, boolean closeAtEnd) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                  to.write(buffer, 0, n);
                  to.flush();
                }
                if (closeAtEnd) {
                  to.close();
                }
              } catch (IOException e) {
                // The channel is gone (the client left or the server stopped): nothing to send to.
                throw new UncheckedIOException(e);
              }
            },
            "test-sshd-pump");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Override
  public void destroy(ChannelSession channel) {
    if (process != null) {
      process.destroy();
    }
  }
}
