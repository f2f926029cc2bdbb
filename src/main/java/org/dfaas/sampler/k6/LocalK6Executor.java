package org.dfaas.sampler.k6;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs k6 as a child process of this JVM, in the workspace layout of compat §10 under the local
 * {@code k6_workspace_root}: for a k6 installed on the machine that runs the campaign, and for
 * testing everything but the transport.
 *
 * <p>Thread-safe: each call works on its own process and workspace. A run that exceeds the run
 * timeout, or whose thread is interrupted, has its process tree killed before {@link #run} throws.
 */
public final class LocalK6Executor implements K6Executor {

  private static final Logger LOG = LoggerFactory.getLogger(LocalK6Executor.class);

  /** The host named in log lines and errors. */
  private static final String HOST = "localhost";

  private static final K6HostFailures FAILURES = new K6HostFailures(HOST);

  private final K6ExecutionSettings execution;
  private final LongSupplier nanoTime;
  private final AtomicBoolean versionLogged = new AtomicBoolean();

  /**
   * @param execution the binary to start and the run timeout
   * @param nanoTime the monotonic clock timing each run (e.g. {@code System::nanoTime})
   */
  public LocalK6Executor(K6ExecutionSettings execution, LongSupplier nanoTime) {
    this.execution = Objects.requireNonNull(execution, "execution");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  @Override
  public K6RunResult run(K6RunRequest request) {
    String configId = request.configId();
    if (versionLogged.compareAndSet(false, true)) {
      logVersion(configId);
    }
    Path workspace = Path.of(request.workspace());
    Path script = workspace.resolve(RemoteLayout.SCRIPT);
    Path summary = workspace.resolve(RemoteLayout.SUMMARY);
    try {
      Files.createDirectories(workspace);
      Files.deleteIfExists(summary);
      Files.writeString(script, request.script().text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw FAILURES.failed(
          configId, null, "", "cannot prepare workspace " + workspace + ": " + e, e);
    }
    List<String> command =
        new ArrayList<>(request.k6Command(script.toString(), summary.toString()));
    command.set(0, execution.binary());
    K6Output output = new K6Output(configId, request.settings().logStream());
    Path log = workspace.resolve(RemoteLayout.LOG);
    try {
      Files.write(log, new byte[0]);
    } catch (IOException e) {
      throw FAILURES.failed(configId, null, "", "cannot write " + log + ": " + e, e);
    }
    long start = nanoTime.getAsLong();
    int exit = runProcess(configId, command, workspace, output, log);
    if (exit == K6Install.COMMAND_NOT_FOUND) {
      throw FAILURES.unavailable(
          configId, exit, output.tail(), "k6 not found: " + K6Install.HINT, null);
    }
    if (exit != 0) {
      throw FAILURES.failed(configId, exit, output.tail(), "k6 failed", null);
    }
    double seconds = (nanoTime.getAsLong() - start) / 1e9;
    return new K6RunResult(
        readSummary(configId, summary, output), request.script(), configId, seconds);
  }

  private int runProcess(
      String configId, List<String> command, Path workspace, K6Output output, Path log) {
    ChildProcess k6 = new ChildProcess("k6[" + configId + "]", command).in(workspace);
    try {
      // Each stream appends through its own handle (O_APPEND): the two share k6.log without a lock.
      k6.stdout(appendTo(log), new LineSink(output, "stdout"))
          .stderr(appendTo(log), new LineSink(output, "stderr"));
    } catch (IOException e) {
      throw FAILURES.failed(configId, null, "", "cannot write " + log + ": " + e, e);
    }
    return k6.runFor(
        Duration.ofSeconds(execution.runTimeoutSeconds()),
        output,
        new ChildProcess.Failures(
            configId,
            FAILURES,
            "run timed out after " + execution.runTimeoutSeconds() + " s; k6 was killed",
            "run cancelled; k6 was killed",
            cause -> cannotStart(configId, cause)));
  }

  private static OutputStream appendTo(Path log) throws IOException {
    return Files.newOutputStream(log, StandardOpenOption.APPEND);
  }

  /**
   * Logs {@code k6 version} once per executor, i.e. once per campaign. A k6 that cannot even start
   * stops the campaign; one that answers oddly only costs the log line.
   */
  private void logVersion(String configId) {
    try {
      LOG.info("k6 on {}: {}", HOST, version());
    } catch (K6HostUnavailableException e) {
      throw e;
    } catch (K6ExecutionException e) {
      LOG.warn("k6 on {} did not tell its version: {}", HOST, e.getMessage());
    }
  }

  @Override
  public String version() {
    String configId = SshK6Executor.CHECK;
    CappedBytes answer = new CappedBytes(CappedBytes.SHORT_OUTPUT_BYTES);
    OptionalInt exit;
    try {
      exit =
          new ChildProcess("k6-version", List.of(execution.binary(), "version"))
              .stdout(answer)
              .run(Duration.ofSeconds(execution.connectTimeoutSeconds()));
    } catch (IOException e) {
      throw cannotStart(configId, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw FAILURES.failed(configId, null, "", "cancelled while asking k6 for its version", e);
    }
    if (exit.isEmpty()) {
      throw FAILURES.failed(
          configId,
          null,
          "",
          "'k6 version' did not answer within " + execution.connectTimeoutSeconds() + " s",
          null);
    }
    String text = answer.text().strip();
    if (exit.getAsInt() != 0) {
      throw FAILURES.failed(configId, exit.getAsInt(), text, "'k6 version' failed", null);
    }
    return text;
  }

  private K6HostUnavailableException cannotStart(String configId, IOException e) {
    return FAILURES.unavailable(
        configId,
        null,
        "",
        "cannot start k6 ('" + execution.binary() + "'): " + e.getMessage() + "; " + K6Install.HINT,
        e);
  }

  private static String readSummary(String configId, Path summary, K6Output output) {
    String text;
    try {
      text = SummaryCheck.read(summary);
    } catch (NoSuchFileException e) {
      throw FAILURES.failed(configId, 0, output.tail(), "k6 left no summary at " + summary, e);
    } catch (IOException e) {
      throw FAILURES.failed(configId, 0, output.tail(), "cannot read " + summary + ": " + e, e);
    }
    String problem = SummaryCheck.problem(text);
    if (problem != null) {
      throw FAILURES.failed(configId, 0, output.tail(), problem, null);
    }
    return text;
  }
}
