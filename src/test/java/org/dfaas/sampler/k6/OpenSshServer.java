package org.dfaas.sampler.k6;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.config.K6Settings;

/**
 * A real OpenSSH {@code sshd} on a free loopback port, started by a test with its own config, host
 * key and authorized key (ed25519, made by {@code ssh-keygen}). For tests that declare
 * {@code @Requires(Tool.OPENSSH)}.
 */
public final class OpenSshServer implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path clientKey;
  private final Path hostPublicKey;

  private OpenSshServer(Process process, int port, Path clientKey, Path hostPublicKey) {
    this.process = process;
    this.port = port;
    this.clientKey = clientKey;
    this.hostPublicKey = hostPublicKey;
  }

  public static OpenSshServer start(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path hostKey = dir.resolve("ssh_host_ed25519_key");
    Path clientKey = dir.resolve("id_ed25519");
    keygen(hostKey);
    keygen(clientKey);
    Files.copy(dir.resolve("id_ed25519.pub"), dir.resolve("authorized_keys"));
    // Privilege separation needs this folder; a package install creates it only when the service
    // runs.
    Files.createDirectories(Path.of("/run/sshd"));
    int port = freePort();
    Path config = dir.resolve("sshd_config");
    Files.write(
        config,
        List.of(
            "Port " + port,
            "ListenAddress 127.0.0.1",
            "HostKey " + hostKey,
            "PidFile " + dir.resolve("sshd.pid"),
            "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
            "PubkeyAuthentication yes",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PermitRootLogin prohibit-password",
            "StrictModes no",
            "UsePAM no",
            "Subsystem sftp internal-sftp",
            "LogLevel INFO"));
    Process process =
        new ProcessBuilder(Tool.OPENSSH.path().toString(), "-D", "-e", "-f", config.toString())
            .redirectErrorStream(true)
            .start();
    OpenSshServer server =
        new OpenSshServer(process, port, clientKey, dir.resolve("ssh_host_ed25519_key.pub"));
    server.awaitListening();
    return server;
  }

  private void awaitListening() throws IOException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> listening =
        CompletableFuture.supplyAsync(
            () -> {
              StringBuilder seen = new StringBuilder();
              try {
                for (String line; (line = lines.readLine()) != null; ) {
                  seen.append(line).append('\n');
                  if (line.contains("Server listening")) {
                    drainInBackground(lines);
                    return null;
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return seen.toString();
            });
    try {
      String failure = listening.get(20, TimeUnit.SECONDS);
      if (failure != null) {
        throw new IllegalStateException("sshd did not start:\n" + failure);
      }
    } catch (Exception e) {
      close();
      throw new IllegalStateException("sshd did not start on port " + port, e);
    }
  }

  private static void drainInBackground(BufferedReader lines) {
    Thread thread =
        new Thread(
            () -> {
              try {
                for (String line; (line = lines.readLine()) != null; ) {
                  System.err.println("sshd: " + line);
                }
              } catch (IOException e) {
                // close() destroys sshd, which closes this stream under the reader: the log ends.
                System.err.println("sshd: log ended (" + e.getMessage() + ")");
              }
            },
            "sshd-log");
    thread.setDaemon(true);
    thread.start();
  }

  private static void keygen(Path key) throws IOException, InterruptedException {
    Process keygen =
        new ProcessBuilder(
                "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "it", "-f", key.toString())
            .redirectErrorStream(true)
            .start();
    if (!keygen.waitFor(30, TimeUnit.SECONDS) || keygen.exitValue() != 0) {
      throw new IllegalStateException(
          "ssh-keygen failed: " + new String(keygen.getInputStream().readAllBytes()));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The k6 part of a config that reaches this server as the current user, with its key. */
  K6Settings settings(Path workspaceRoot) {
    return Runs.settings(
        "127.0.0.1",
        System.getProperty("user.name"),
        clientKey(),
        port(),
        workspaceRoot.toString());
  }

  public int port() {
    return port;
  }

  public Path clientKey() {
    return clientKey;
  }

  Path hostPublicKey() {
    return hostPublicKey;
  }

  /**
   * Kills the sshd processes that serve connections (not the listener), as a crash of the session
   * or a network cut would end them; what they started (a shell, k6) is left running.
   *
   * @return how many were killed
   */
  public int killSessions() {
    List<ProcessHandle> sessions =
        process
            .descendants()
            .filter(
                p ->
                    p.info()
                        .command()
                        .map(c -> c.equals(Tool.OPENSSH.path().toString()))
                        .orElse(false))
            .toList();
    sessions.forEach(ProcessHandle::destroyForcibly);
    return sessions.size();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
