package org.dfaas.sampler.k6;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.dfaas.sampler.Closing;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One child process of this JVM ({@code k6}, {@code ansible-playbook}): started without the tool's
 * secrets in its environment and with an empty stdin, its stdout and stderr copied as they arrive,
 * each on a thread of its own, into the streams given (line sinks of bounded lines, {@code
 * k6.log}), and bounded by a timeout. A child that outlasts the timeout, or whose caller is
 * interrupted, has its whole process tree killed. Once it has ended its output is drained for up to
 * {@link #DRAIN}.
 *
 * <p>The streams given are the pumps': each is closed when its stream of the child ends (a {@link
 * LineSink} then emits a last line without a line break), or by {@link #run} when the child could
 * not start. Not thread-safe: one per run.
 */
public final class ChildProcess {

  private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);

  /** How long the output pumps may take to drain after the child has exited or been killed. */
  static final Duration DRAIN = Duration.ofSeconds(5);

  private final String name;
  private final ProcessBuilder builder;
  private List<OutputStream> stdout = List.of();
  private List<OutputStream> stderr;
  private Runnable started = () -> {};

  /**
   * @param name what the child is, in thread names and warnings, e.g. {@code k6[cafe00000001]}
   * @param command the program and its arguments
   */
  public ChildProcess(String name, List<String> command) {
    this.name = Objects.requireNonNull(name, "name");
    this.builder = new ProcessBuilder(command);
    Secrets.removeFrom(builder.environment());
  }

  /** Runs the child in {@code directory} instead of this process's working folder. */
  ChildProcess in(Path directory) {
    builder.directory(directory.toFile());
    return this;
  }

  /** Adds {@code variables} to the child's environment. */
  public ChildProcess withEnvironment(Map<String, String> variables) {
    builder.environment().putAll(variables);
    return this;
  }

  /**
   * Where the child's stdout goes, in this order; also its stderr unless {@link #stderr} is set.
   */
  public ChildProcess stdout(OutputStream... targets) {
    stdout = List.of(targets);
    return this;
  }

  /** Where the child's stderr goes, apart from its stdout. */
  ChildProcess stderr(OutputStream... targets) {
    stderr = List.of(targets);
    return this;
  }

  /** What to do once the child has started, before its output is read (e.g. log a first line). */
  ChildProcess whenStarted(Runnable action) {
    started = Objects.requireNonNull(action, "action");
    return this;
  }

  /**
   * Starts the child and waits for it to end.
   *
   * @return its exit status, or empty when it outlasted {@code timeout} and its tree was killed
   * @throws IOException when it cannot be started
   * @throws InterruptedException when the calling thread was interrupted; the tree was killed
   */
  public OptionalInt run(Duration timeout) throws IOException, InterruptedException {
    builder.redirectErrorStream(stderr == null);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      closeAll(stdout);
      if (stderr != null) {
        closeAll(stderr);
      }
      throw e;
    }
    started.run();
    List<Thread> pumps = new ArrayList<>();
    pumps.add(pump(process.getInputStream(), stdout, "stdout"));
    if (stderr != null) {
      pumps.add(pump(process.getErrorStream(), stderr, "stderr"));
    }
    try {
      process.getOutputStream().close();
      boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!exited) {
        killTree(process);
      }
      for (Thread pump : pumps) {
        pump.join(DRAIN.toMillis());
      }
      return exited ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
    } catch (InterruptedException | IOException e) {
      killTree(process);
      throw e;
    }
  }

  /**
   * How a k6 executor words the ways its child can fail.
   *
   * @param configId the configuration the child runs for
   * @param host the k6 host the errors name
   * @param timedOut the reason given when the child outlasted its timeout and was killed
   * @param cancelled the reason given when the caller was interrupted and the child killed
   * @param cannotStart the error when the child could not be started
   */
  record Failures(
      String configId,
      K6HostFailures host,
      String timedOut,
      String cancelled,
      Function<IOException, K6ExecutionException> cannotStart) {}

  /**
   * Runs the child to its end with its output framed by {@code output}'s start and stop lines.
   *
   * @return its exit status
   * @throws K6ExecutionException as {@code failures} words it when the child cannot start, times
   *     out or is cancelled (the caller's interrupt flag then set again)
   */
  int runFor(Duration timeout, K6Output output, Failures failures) {
    whenStarted(output::started);
    try {
      OptionalInt exit = run(timeout);
      if (exit.isEmpty()) {
        throw failures.host().failed(failures.configId(), null, output.tail(), failures.timedOut());
      }
      return exit.getAsInt();
    } catch (IOException e) {
      throw failures.cannotStart().apply(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failures
          .host()
          .failed(failures.configId(), null, output.tail(), failures.cancelled(), e);
    } finally {
      output.stopped();
    }
  }

  private Thread pump(InputStream in, List<OutputStream> targets, String stream) {
    Thread thread =
        new Thread(
            LogTarget.carried(
                () -> {
                  byte[] buffer = new byte[8192];
                  try (in;
                      OutputStream out = new Tee(targets)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                      out.write(buffer, 0, n);
                    }
                  } catch (IOException e) {
                    // A thread of its own: thrown, this would reach stderr only, past the log.
                    LOG.warn("{} {} could not be copied: {}", name, stream, e.toString());
                  }
                }),
            name + "-" + stream);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private void closeAll(List<OutputStream> targets) {
    try {
      new Tee(targets).close();
    } catch (IOException e) {
      LOG.warn("{} output could not be closed: {}", name, e.toString());
    }
  }

  private static void killTree(Process process) {
    // Listed while the root lives (its orphans would leave the tree), killed after it, so the root
    // cannot react to its children dying (a shell printing "Killed" into the output kept).
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
  }

  /** Writes to every target in turn; closing closes each, reporting the first failure. */
  private static final class Tee extends OutputStream {

    private final List<OutputStream> targets;

    Tee(List<OutputStream> targets) {
      this.targets = targets;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      for (OutputStream target : targets) {
        target.write(bytes, offset, length);
      }
    }

    @Override
    public void close() throws IOException {
      Closing.closeAll(targets, IOException.class, OutputStream::close);
    }
  }
}
