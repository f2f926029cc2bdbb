package org.dfaas.sampler.k6;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.session.ClientSession;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs k6 on the k6 host over SSH (Apache MINA SSHD): one started client and one session reused by
 * every run of a campaign, reconnected once when it dropped between runs. Per run it prepares the
 * workspace of compat §10, uploads the script over SFTP, runs k6 on an exec channel with separate
 * stdout and stderr streamed live (and tee'd to k6.log on the host), checks the exit status and
 * downloads summary.json over SFTP.
 *
 * <p>Thread-safe: runs are serialised on the one session. A run that times out or whose thread is
 * interrupted has its k6 on the host killed through a second channel before {@link #run} throws.
 * {@link #close} ends the session and the client.
 */
public final class SshK6Executor implements K6Executor {

  private static final Logger LOG = LoggerFactory.getLogger(SshK6Executor.class);
  private static final java.security.SecureRandom TOKENS = new java.security.SecureRandom();

  /** The config id named in the errors of {@link #version}, which runs no configuration. */
  static final String CHECK = "(check)";

  private final K6ExecutionSettings execution;
  private final SshConnector connector;
  private final K6HostFailures failures;
  private final SshExec exec;
  private final LongSupplier nanoTime;
  private final ExecutorService sftpSteps =
      Executors.newCachedThreadPool(LogTarget.daemonThreads("k6-sftp"));
  private ClientSession session;

  /** A run whose connection dropped under it: its k6 may still run on the host. */
  private record LostRun(String configId, String workspace, String token) {}

  private LostRun lost;
  private RemoteFiles files;

  /**
   * @param target host, port, user and key of the k6 host
   * @param execution binary, host-key policy, known-hosts file and timeouts
   * @param env the process environment, read for {@value SshConnector#PASSPHRASE_ENV}
   * @param nanoTime the monotonic clock timing each run
   */
  public SshK6Executor(
      K6Settings target,
      K6ExecutionSettings execution,
      Map<String, String> env,
      LongSupplier nanoTime) {
    this.execution = Objects.requireNonNull(execution, "execution");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.connector = new SshConnector(target, execution, Map.copyOf(env));
    this.failures = new K6HostFailures(connector.host());
    this.exec = new SshExec(connector.connectTimeout(), failures);
  }

  @Override
  public synchronized K6RunResult run(K6RunRequest request) {
    String configId = request.configId();
    String workspace = request.workspace();
    String script = workspace + "/" + RemoteLayout.SCRIPT;
    String summary = workspace + "/" + RemoteLayout.SUMMARY;
    long start = nanoTime.getAsLong();
    ClientSession current = session(configId);
    try {
      prepare(current, workspace, script, request, configId);
    } catch (K6ExecutionException e) {
      if (Thread.currentThread().isInterrupted() || !SshExec.droppedUnder(current, e)) {
        throw e;
      }
      // The session died between runs and we noticed only now: reconnect once, before k6 ran.
      current = session(configId);
      prepare(current, workspace, script, request, configId);
    }
    List<String> command = new ArrayList<>(request.k6Command(script, summary));
    command.set(0, execution.binary());
    K6Output output = new K6Output(configId, request.settings().logStream());
    int exit = runK6(current, workspace, command, output, configId);
    if (exit == K6Install.COMMAND_NOT_FOUND) {
      throw failures.failed(
          configId, exit, output.tail(), "k6 not found on the host: " + K6Install.HINT);
    }
    if (exit == 125) {
      throw failures.failed(configId, exit, output.tail(), "cannot enter workspace " + workspace);
    }
    if (exit != 0) {
      throw failures.failed(configId, exit, output.tail(), "k6 failed");
    }
    String text = download(current, summary, configId, output);
    String problem = SummaryCheck.problem(text);
    if (problem != null) {
      throw failures.failed(configId, 0, output.tail(), problem);
    }
    double seconds = (nanoTime.getAsLong() - start) / 1e9;
    return new K6RunResult(text, request.script(), configId, seconds);
  }

  private void prepare(
      ClientSession current,
      String workspace,
      String script,
      K6RunRequest request,
      String configId) {
    try {
      files.mkdirs(workspace);
      files.write(script, request.script().text().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw failures.failed(
          configId,
          null,
          "",
          SshExec.stopOr(
              e,
              SshExec.lostOr(
                  current, "cannot create " + workspace + " or upload the script: " + e)),
          e);
    }
  }

  @Override
  public synchronized String version() {
    ClientSession current = session(CHECK);
    SshExec.Short version =
        exec.shortCommand(current, RemoteCommands.version(execution.binary()), CHECK);
    if (version.exit() != 0) {
      throw failures.failed(CHECK, version.exit(), version.output(), "'k6 version' failed");
    }
    return version.output().strip();
  }

  /** The open session, connecting (or reconnecting once after a drop) when needed. */
  private ClientSession session(String configId) {
    if (session != null && session.isOpen() && session.isAuthenticated()) {
      return session;
    }
    if (session != null) {
      LOG.warn("SSH session to {} dropped; reconnecting", connector.host());
    }
    closeFiles();
    try {
      session = connector.connect();
      files = new RemoteFiles(session, sftpSteps, connector.connectTimeout());
    } catch (SshConnector.SshFailure e) {
      session = null;
      if (SshExec.keepsStop(e)) {
        // A stop while connecting says nothing about the host: the campaign ends as interrupted.
        throw failures.failed(
            configId, null, "", "run cancelled while connecting to the k6 host", e);
      }
      throw failures.notReached(configId, e.getMessage(), e.hint(), e);
    }
    SshExec.Short version =
        exec.shortCommand(session, RemoteCommands.version(execution.binary()), configId);
    if (version.exit() == K6Install.COMMAND_NOT_FOUND) {
      throw failures.unavailable(
          configId,
          version.exit(),
          version.output(),
          "k6 ('" + execution.binary() + "') not found on the host: " + K6Install.HINT,
          null);
    }
    LOG.info("k6 on {}: {}", connector.host(), version.output().strip());
    stopLostRun();
    return session;
  }

  /**
   * Stops the k6 of a run whose connection dropped: sshd ending the session does not end k6, which
   * would go on loading the gateway beside the next configuration's k6.
   */
  private void stopLostRun() {
    LostRun run = lost;
    lost = null;
    if (run == null) {
      return;
    }
    try {
      exec.shortCommand(session, RemoteCommands.kill(run.workspace(), run.token()), run.configId());
      LOG.warn(
          "stopped the k6 of {} on {}, left running when the connection dropped",
          run.configId(),
          connector.host());
    } catch (K6ExecutionException e) {
      LOG.warn(
          "cannot stop the k6 of {} left running on {} when the connection dropped: {}",
          run.configId(),
          connector.host(),
          e.getMessage());
    }
  }

  private int runK6(
      ClientSession current,
      String workspace,
      List<String> command,
      K6Output output,
      String configId) {
    LineSink out = new LineSink(output, "stdout");
    LineSink err = new LineSink(output, "stderr");
    ChannelExec channel = null;
    // Ties the stop to this run, whether it comes before or after k6's PID is written.
    String token = runToken();
    output.started();
    try {
      RemoteScript script = RemoteCommands.run(workspace, command, token);
      channel = current.createExecChannel(RemoteScript.COMMAND);
      exec.open(channel, script, out, err).get(execution.runTimeoutSeconds(), TimeUnit.SECONDS);
      out.close();
      err.close();
      Integer exit = channel.getExitStatus();
      if (exit == null && !current.isOpen()) {
        lost = new LostRun(configId, workspace, token);
      }
      if (exit == null) {
        throw failures.failed(
            configId,
            null,
            output.tail(),
            current.isOpen()
                ? "k6's shell ended without an exit status"
                : "connection to the k6 host lost mid-run");
      }
      return exit;
    } catch (TimeoutException e) {
      throw stopped(
          current,
          channel,
          workspace,
          token,
          failures.failed(
              configId,
              null,
              output.tail(),
              "run timed out after " + execution.runTimeoutSeconds() + " s; k6 was stopped",
              e));
    } catch (InterruptedException e) {
      // The flag is already clear (InterruptedException clears it), so MINA's waits while k6 is
      // stopped work; it is restored afterwards.
      try {
        throw stopped(
            current,
            channel,
            workspace,
            token,
            failures.failed(configId, null, output.tail(), "run cancelled; k6 was stopped", e));
      } finally {
        Thread.currentThread().interrupt();
      }
    } catch (IOException | ExecutionException e) {
      K6ExecutionException failure =
          failures.failed(
              configId,
              null,
              output.tail(),
              SshExec.stopOr(
                  e,
                  current.isOpen()
                      ? "cannot run k6: " + e.getMessage()
                      : "connection to the k6 host lost mid-run"),
              e);
      if (Thread.currentThread().isInterrupted()) {
        // A stop while the channel opened: the command may be starting on the host all the same.
        Thread.interrupted();
        try {
          throw stopped(current, channel, workspace, token, failure);
        } finally {
          Thread.currentThread().interrupt();
        }
      }
      if (!current.isOpen()) {
        lost = new LostRun(configId, workspace, token);
      }
      throw failure;
    } finally {
      if (channel != null && !channel.isClosed()) {
        channel.close(true);
      }
      output.stopped();
    }
  }

  /**
   * Stops k6 on the host and returns {@code failure} to throw; a failure to stop it is attached to
   * it rather than hiding why the run ended.
   */
  private K6ExecutionException stopped(
      ClientSession current,
      ChannelExec channel,
      String workspace,
      String token,
      K6ExecutionException failure) {
    try {
      stopRemote(current, channel, workspace, token, failure.configId());
    } catch (K6ExecutionException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  /** Kills k6 through a second channel, then closes the run's channel. */
  private void stopRemote(
      ClientSession current, ChannelExec channel, String workspace, String token, String configId) {
    try {
      if (current.isOpen()) {
        exec.shortCommand(current, RemoteCommands.kill(workspace, token), configId);
      } else {
        lost = new LostRun(configId, workspace, token);
      }
    } finally {
      if (channel != null) {
        channel.close(true);
      }
    }
  }

  private static String runToken() {
    byte[] bytes = new byte[8];
    TOKENS.nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }

  private String download(ClientSession current, String path, String configId, K6Output output) {
    try {
      return files
          .read(path, SummaryCheck.MAX_BYTES)
          .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
          .orElseThrow(
              () -> failures.failed(configId, 0, output.tail(), "k6 left no summary at " + path));
    } catch (IOException e) {
      throw failures.failed(
          configId,
          0,
          output.tail(),
          SshExec.stopOr(e, SshExec.lostOr(current, "cannot download " + path + ": " + e)),
          e);
    }
  }

  private void closeFiles() {
    if (files != null) {
      try {
        files.close();
      } catch (IOException e) {
        LOG.debug("closing the SFTP channel of a dropped session failed", e);
      }
      files = null;
    }
  }

  @Override
  public synchronized void close() {
    closeFiles();
    try {
      if (session != null) {
        session.close(true);
      }
    } finally {
      sftpSteps.shutdownNow();
      connector.close();
    }
  }
}
