package org.dfaas.sampler.k6;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dfaas.sampler.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code ansible-playbook} child process: started with the environment it needs, its output
 * (stdout and stderr merged, as a user sees it in a terminal) handed line by line to a {@link
 * K6Output}, bounded by a timeout. On timeout or interrupt its process tree is killed; k6 on the
 * host is bounded by the playbook's own {@code timeout}, since killing the local side does not
 * reach it. Not thread-safe: one per run.
 */
final class AnsiblePlaybookProcess {

  private static final Logger LOG = LoggerFactory.getLogger(AnsiblePlaybookProcess.class);

  /**
   * How long the output pump may take to drain after ansible-playbook has exited or been killed.
   */
  private static final Duration DRAIN = Duration.ofSeconds(5);

  /** The stream name of ansible's lines: {@code k6[{config_id}] ansible: {line}}. */
  static final String STREAM = "ansible";

  private final String configId;
  private final String host;

  AnsiblePlaybookProcess(String configId, String host) {
    this.configId = configId;
    this.host = host;
  }

  /**
   * Runs {@code command} to its end and returns its exit status.
   *
   * @throws K6ExecutionException when it cannot start, times out or is interrupted
   */
  int run(List<String> command, Map<String, String> env, Duration timeout, K6Output output) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Secrets.removeFrom(builder.environment());
    builder.environment().putAll(env);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new K6ExecutionException(
          configId,
          host,
          null,
          "",
          "cannot start '" + command.get(0) + "' (" + e.getMessage() + "): " + AnsibleInstall.HINT,
          e);
    }
    output.started();
    try {
      process.getOutputStream().close();
      Thread pump = pump(process.getInputStream(), new LineSink(output, STREAM));
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        killTree(process);
        pump.join(DRAIN.toMillis());
        throw new K6ExecutionException(
            configId,
            host,
            null,
            output.tail(),
            "ansible-playbook timed out after " + timeout.toSeconds() + " s and was killed",
            null);
      }
      pump.join(DRAIN.toMillis());
      return process.exitValue();
    } catch (InterruptedException e) {
      killTree(process);
      Thread.currentThread().interrupt();
      throw new K6ExecutionException(
          configId, host, null, output.tail(), "run cancelled; ansible-playbook was killed", e);
    } catch (IOException e) {
      killTree(process);
      throw new K6ExecutionException(
          configId, host, null, output.tail(), "cannot close ansible-playbook's stdin: " + e, e);
    } finally {
      output.stopped();
    }
  }

  private Thread pump(InputStream in, LineSink sink) {
    Thread thread =
        new Thread(
            () -> {
              try (in;
                  sink) {
                in.transferTo(sink);
              } catch (IOException e) {
                // A thread of its own: thrown, this would reach stderr only, past the log.
                LOG.warn("k6[{}] ansible output could not be read: {}", configId, e.toString());
              }
            },
            "ansible-output-" + configId);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void killTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
