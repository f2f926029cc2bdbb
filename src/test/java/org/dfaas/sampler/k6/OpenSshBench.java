package org.dfaas.sampler.k6;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.LogCapture;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6ExecutionSettings.HostKeyPolicy;
import org.dfaas.sampler.config.K6Settings;

/**
 * What the executor tests against a real OpenSSH sshd share, in one test's folder: the sshd, the k6
 * stand-in it runs, what {@link K6Output} logs, the executors a test made, and the paths of a run,
 * with a quote and spaces in them so that quoting is tested on every run. For tests that declare
 * {@code @Requires(Tool.OPENSSH)}.
 */
final class OpenSshBench implements AutoCloseable {

  private final Path dir;
  private final OpenSshServer sshd;
  private final StandIn standIn;
  private final LogCapture log;
  private final List<K6Executor> executors = new ArrayList<>();

  private OpenSshBench(Path dir, OpenSshServer sshd, StandIn standIn, LogCapture log) {
    this.dir = dir;
    this.sshd = sshd;
    this.standIn = standIn;
    this.log = log;
  }

  static OpenSshBench start(Path dir) throws IOException, InterruptedException {
    OpenSshServer sshd = OpenSshServer.start(dir.resolve("sshd"));
    return new OpenSshBench(
        dir, sshd, StandIn.installIn(dir.resolve("bin")), new LogCapture(K6Output.class));
  }

  OpenSshServer sshd() {
    return sshd;
  }

  StandIn standIn() {
    return standIn;
  }

  LogCapture log() {
    return log;
  }

  /** This sshd as the k6 host, with the workspace root {@code k6 work 'root'}. */
  K6Settings target() {
    return sshd.settings(dir.resolve("k6 work 'root'"));
  }

  Path knownHosts() {
    return dir.resolve("known hosts");
  }

  /** How an executor of the given kind runs the stand-in on this sshd. */
  K6ExecutionSettings execution(
      K6ExecutionSettings.Executor executor, HostKeyPolicy policy, long runTimeoutSeconds) {
    return Runs.execution(executor, standIn.binary(), policy, knownHosts(), runTimeoutSeconds);
  }

  /** Closes {@code executor} with the bench, after the test. */
  <T extends K6Executor> T keep(T executor) {
    executors.add(executor);
    return executor;
  }

  @Override
  public void close() {
    executors.forEach(K6Executor::close);
    sshd.close();
    log.close();
  }
}
