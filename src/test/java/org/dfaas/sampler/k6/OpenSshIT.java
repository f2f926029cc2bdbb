package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6ExecutionSettings.HostKeyPolicy;
import org.dfaas.sampler.config.K6Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SshK6Executor} against a real OpenSSH sshd on loopback, with the k6 stand-in. */
@Requires(Tool.OPENSSH)
class OpenSshIT {

  private static final String CONFIG = "0123456789ab";

  @TempDir Path dir;

  private OpenSshBench bench;
  private SshK6Executor executor;

  @BeforeEach
  void startSshd() throws Exception {
    bench = OpenSshBench.start(dir);
  }

  @AfterEach
  void stop() {
    if (bench != null) {
      bench.close();
    }
  }

  private K6Settings target() {
    return bench.target();
  }

  private SshK6Executor executor(HostKeyPolicy policy, long timeoutSeconds) {
    K6ExecutionSettings execution =
        bench.execution(K6ExecutionSettings.Executor.SSH, policy, timeoutSeconds);
    executor = bench.keep(new SshK6Executor(target(), execution, Map.of(), System::nanoTime));
    return executor;
  }

  private K6RunRequest request() {
    return Runs.request(CONFIG, target());
  }

  @Test
  void runsK6ThroughOpenSshWithAnEd25519Key() throws Exception {
    K6RunResult result = executor(HostKeyPolicy.ACCEPT_NEW, 30).run(request());

    Path workspace = dir.resolve("k6 work 'root'/node-1/run-1/" + CONFIG);
    assertThat(result.summary()).isEqualTo(Files.readString(workspace.resolve("summary.json")));
    assertThat(workspace.resolve("script.js")).hasContent(Runs.SCRIPT.text());
    assertThat(Files.readString(workspace.resolve("k6.log")))
        .contains("summary written", "msg=\"done\"");
    assertThat(bench.log().messages())
        .contains(
            "k6[" + CONFIG + "] log stream started",
            "k6[" + CONFIG + "] stderr: level=info msg=\"done\"",
            "k6[" + CONFIG + "] log stream stopped");
    String hostKey = Files.readString(bench.sshd().hostPublicKey()).split(" ")[1];
    assertThat(Files.readString(bench.knownHosts()))
        .contains("[127.0.0.1]:" + bench.sshd().port())
        .contains(hostKey);
  }

  @Test
  void theOnceCommandRunsAConfigurationOnTheHost() throws Exception {
    JsonNode result = OnceOverSsh.run(dir, bench.sshd(), bench.standIn(), "ssh");

    assertThat(result.at("/functions/figlet/request_count").asDouble()).isEqualTo(100);
    assertThat(result.at("/functions/env/success_rate").asDouble()).isEqualTo(1.0);
  }

  @Test
  void versionIsAskedThroughTheSession() {
    assertThat(executor(HostKeyPolicy.ACCEPT_NEW, 30).version())
        .isEqualTo("k6 v0.54.0 (go1.23.1, linux/amd64)");
  }

  @Test
  void strictAcceptsTheHostOnceItIsKnown() {
    executor(HostKeyPolicy.ACCEPT_NEW, 30).run(request());
    executor.close();

    assertThat(executor(HostKeyPolicy.STRICT, 30).run(request()).configId()).isEqualTo(CONFIG);
  }

  @Test
  void stopsTheRemoteK6WhenTheRunTimesOut() throws Exception {
    Path pidFile = dir.resolve("standin.pid");
    bench.standIn().behave(Map.of("STANDIN_HANG", "1", "STANDIN_PID_FILE", pidFile.toString()));

    assertThatThrownBy(() -> executor(HostKeyPolicy.ACCEPT_NEW, 2).run(request()))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("run timed out");

    long pid = Long.parseLong(Files.readString(pidFile).strip());
    ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
    if (handle != null) {
      handle.onExit().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aStopRightAfterTheStartLeavesNoK6RunningEvenBeforeItsPidIsKnown() throws Exception {
    EarlyStop.assertLeavesNoK6(
        bench.standIn(),
        () -> executor == null ? executor(HostKeyPolicy.ACCEPT_NEW, 8) : executor,
        request(),
        Path.of(target().workspaceRoot(), "node-1", "run-1", CONFIG),
        dir);
  }

  /**
   * The per-run overhead of the SSH executor: the median wall time of a run with a stand-in that
   * exits at once, minus the median time of that stand-in run directly as a local process and of
   * the host's login shell; printed for the README's Performance section.
   */
  @Test
  void measuresThePerRunOverheadOfEveryRunSucceeding() throws Exception {
    bench.standIn().behave(Map.of("STANDIN_LINES", "0"));
    SshK6Executor ssh = executor(HostKeyPolicy.ACCEPT_NEW, 30);
    K6Settings quiet =
        new K6Settings(
            "127.0.0.1",
            System.getProperty("user.name"),
            bench.sshd().clientKey(),
            bench.sshd().port(),
            dir.resolve("bench").toString(),
            false,
            List.of(),
            Map.of());
    K6RunRequest request = Runs.request(CONFIG, quiet);
    ssh.run(request);
    int runs = 30;
    List<Double> sshMillis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      ssh.run(request);
      sshMillis.add((System.nanoTime() - start) / 1e6);
    }
    Path script = dir.resolve("bench/node-1/run-1/" + CONFIG + "/script.js");
    List<Double> localMillis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(
                  bench.standIn().binary().toString(),
                  "run",
                  "--summary-export",
                  dir.resolve("local-summary.json").toString(),
                  script.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      localMillis.add((System.nanoTime() - start) / 1e6);
    }
    // sshd runs every command through the user's login shell, which reads its rc file when run by
    // sshd (bash: ~/.bashrc): a cost of the host, the same for any SSH client, measured apart.
    List<Double> shellMillis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      ProcessBuilder shell =
          new ProcessBuilder(loginShell(), "-c", "true")
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      shell.environment().put("SSH_CLIENT", "127.0.0.1 40000 " + bench.sshd().port());
      shell.environment().put("SHLVL", "0");
      assertThat(shell.start().waitFor(30, TimeUnit.SECONDS)).isTrue();
      shellMillis.add((System.nanoTime() - start) / 1e6);
    }
    double sshMedian = median(sshMillis);
    double localMedian = median(localMillis);
    double shellMedian = median(shellMillis);
    double overhead = sshMedian - localMedian - shellMedian;
    System.err.printf(
        "ssh executor per run (median of %d): %.1f ms; stand-in alone: %.1f ms; login shell"
            + " start-up: %.1f ms; overhead beyond both: %.1f ms%n",
        runs, sshMedian, localMedian, shellMedian, overhead);
    // A measurement for the README, not a bound: wall times on a shared machine are noise for a
    // test. That one session serves every run is checked in SshK6ExecutorTest, by counting them.
  }

  private static String loginShell() throws IOException {
    String user = System.getProperty("user.name");
    return Files.readAllLines(Path.of("/etc/passwd")).stream()
        .map(line -> line.split(":"))
        .filter(fields -> fields.length >= 7 && fields[0].equals(user))
        .map(fields -> fields[6])
        .findFirst()
        .orElse("/bin/sh");
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
