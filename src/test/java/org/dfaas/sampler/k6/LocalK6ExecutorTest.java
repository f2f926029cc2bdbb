package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.dfaas.sampler.LogCapture;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LocalK6Executor} running the k6 stand-in as a child process. */
class LocalK6ExecutorTest {

  @TempDir Path dir;

  private final LogCapture log = new LogCapture(K6Output.class);

  @AfterEach
  void detachLog() {
    log.close();
  }

  private LocalK6Executor executor(StandIn standIn, long timeoutSeconds) {
    return new LocalK6Executor(
        Runs.execution(
            K6ExecutionSettings.Executor.LOCAL,
            standIn.binary(),
            K6ExecutionSettings.HostKeyPolicy.STRICT,
            dir.resolve("known_hosts"),
            timeoutSeconds),
        System::nanoTime);
  }

  private K6RunRequest request(String root) {
    return Runs.request(
        "cafe00000001", Runs.settings("localhost", "me", dir.resolve("key"), 22, root));
  }

  @Test
  void runsK6InTheWorkspaceAndReturnsItsSummary() throws Exception {
    StandIn standIn = StandIn.installIn(dir.resolve("bin"));
    String root = dir.resolve("ws root 'q'").toString();
    standIn.behave(Map.of("STANDIN_ARGS_FILE", dir.resolve("args").toString()));

    K6RunResult result = executor(standIn, 30).run(request(root));

    Path workspace = Path.of(root, "node-1", "run-1", "cafe00000001");
    assertThat(result.configId()).isEqualTo("cafe00000001");
    assertThat(result.script()).isEqualTo(Runs.SCRIPT);
    assertThat(result.summary()).contains("\"success_rate_figlet\"", "\"latency_qrcode_go\"");
    assertThat(result.durationSeconds()).isPositive();
    assertThat(workspace.resolve("script.js")).hasContent(Runs.SCRIPT.text());
    assertThat(Files.readString(workspace.resolve("k6.log")))
        .contains("running (0m01.0s)", "level=info msg=\"progress 3\"");
    assertThat(Files.readAllLines(dir.resolve("args")))
        .containsExactly(
            "--summary-export",
            workspace.resolve("summary.json").toString(),
            "--out",
            "json=out.json",
            "--tag",
            "run=r1",
            workspace.resolve("script.js").toString());
  }

  @Test
  void streamsEveryLineFramedByStartAndStop() {
    StandIn standIn = StandIn.installIn(dir.resolve("bin"));

    executor(standIn, 30).run(request(dir.toString()));

    List<String> lines = log.messages();
    assertThat(lines.get(0)).isEqualTo("k6[cafe00000001] log stream started");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("k6[cafe00000001] log stream stopped");
    assertThat(lines)
        .contains(
            "k6[cafe00000001] stdout: running (0m02.0s), 0/1 VUs, 20 complete and 0 interrupted"
                + " iterations",
            "k6[cafe00000001] stderr: level=info msg=\"done\"")
        .containsSubsequence(
            "k6[cafe00000001] stdout: execution: local, script: "
                + dir.resolve("node-1/run-1/cafe00000001/script.js"),
            "k6[cafe00000001] stdout: summary written");
  }

  @Test
  void logsNoLinesWhenStreamingIsOffButStillWritesK6Log() throws Exception {
    StandIn standIn = StandIn.installIn(dir.resolve("bin"));
    K6RunRequest quiet =
        new K6RunRequest(
            "cafe00000002",
            Runs.SCRIPT,
            "node-1",
            "run-1",
            new org.dfaas.sampler.config.K6Settings(
                "localhost",
                "me",
                dir.resolve("key"),
                22,
                dir.toString(),
                false,
                List.of(),
                Map.of()),
            Fixtures.DURATION);

    executor(standIn, 30).run(quiet);

    assertThat(log.messages()).isEmpty();
    assertThat(Files.readString(dir.resolve("node-1/run-1/cafe00000002/k6.log")))
        .contains("summary written", "msg=\"done\"");
  }

  @Test
  void failsWithTheExitCodeAndTheTailWhenK6Fails() {
    StandIn standIn = StandIn.installIn(dir.resolve("bin")).behave(Map.of("STANDIN_EXIT", "99"));

    assertThatThrownBy(() -> executor(standIn, 30).run(request(dir.toString())))
        .isInstanceOfSatisfying(
            K6ExecutionException.class,
            e -> {
              assertThat(e.configId()).isEqualTo("cafe00000001");
              assertThat(e.k6ExitCode()).hasValue(99);
              assertThat(e.outputTail()).contains("level=info msg=\"done\"");
              assertThat(e.getMessage()).contains("k6 failed");
            });
  }

  @Test
  void failsWhenTheSummaryIsNotJson() {
    StandIn standIn = StandIn.installIn(dir.resolve("bin")).behave(Map.of("STANDIN_GARBAGE", "1"));

    assertThatThrownBy(() -> executor(standIn, 30).run(request(dir.toString())))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("summary.json is not JSON");
  }

  @Test
  void failsWhenTheSummaryIsMissing() {
    StandIn standIn =
        StandIn.installIn(dir.resolve("bin")).behave(Map.of("STANDIN_NO_SUMMARY", "1"));

    assertThatThrownBy(() -> executor(standIn, 30).run(request(dir.toString())))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("k6 left no summary");
  }

  @Test
  void saysHowToInstallK6WhenTheBinaryIsMissing() {
    StandIn missing = StandIn.installIn(dir.resolve("bin"));
    LocalK6Executor executor =
        new LocalK6Executor(
            new K6ExecutionSettings(
                K6ExecutionSettings.Executor.LOCAL,
                dir.resolve("no-such-k6").toString(),
                K6ExecutionSettings.HostKeyPolicy.STRICT,
                dir.resolve("known_hosts"),
                5,
                30),
            System::nanoTime);

    assertThat(missing.binary()).exists();
    assertThatThrownBy(() -> executor.run(request(dir.toString())))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("cannot start k6")
        .hasMessageContaining("install k6");
  }

  @Test
  void killsK6WhenTheRunTimesOut() throws Exception {
    Path pidFile = dir.resolve("standin.pid");
    StandIn standIn =
        StandIn.installIn(dir.resolve("bin"))
            .behave(Map.of("STANDIN_HANG", "1", "STANDIN_PID_FILE", pidFile.toString()));
    long start = System.nanoTime();

    assertThatThrownBy(() -> executor(standIn, 1).run(request(dir.toString())))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("run timed out after 1 s");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertExits(Long.parseLong(Files.readString(pidFile).strip()));
  }

  @Test
  void killsK6WhenTheRunIsCancelled() throws Exception {
    Path pidFile = dir.resolve("standin.pid");
    StandIn standIn =
        StandIn.installIn(dir.resolve("bin"))
            .behave(Map.of("STANDIN_HANG", "1", "STANDIN_PID_FILE", pidFile.toString()));
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    Thread runner =
        new Thread(
            () -> {
              try {
                executor(standIn, 60).run(request(dir.toString()));
                failure.complete(null);
              } catch (RuntimeException e) {
                failure.complete(e);
              }
            });
    runner.start();
    String hanging = "k6[cafe00000001] stdout: still running";
    waitForLine(hanging);

    runner.interrupt();

    assertThat(failure.get(10, TimeUnit.SECONDS))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("run cancelled");
    assertExits(Long.parseLong(Files.readString(pidFile).strip()));
  }

  private void waitForLine(String line) throws InterruptedException, ExecutionException {
    CompletableFuture<Void> seen =
        CompletableFuture.runAsync(
            () -> {
              while (!log.messages().contains(line)) {
                Thread.onSpinWait();
              }
            });
    try {
      seen.get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      seen.cancel(true);
      throw new AssertionError("no line " + line + " in " + log.messages(), e);
    }
  }

  static void assertExits(long pid) throws Exception {
    ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
    if (handle != null) {
      handle.onExit().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void versionIsK6sAnswer() {
    StandIn standIn = StandIn.installIn(dir.resolve("bin"));

    assertThat(executor(standIn, 30).version()).isEqualTo("k6 v0.54.0 (go1.23.1, linux/amd64)");
  }

  @Test
  void versionOfAMissingK6SaysHowToInstallIt() {
    LocalK6Executor executor =
        new LocalK6Executor(
            Runs.execution(
                K6ExecutionSettings.Executor.LOCAL,
                dir.resolve("no-k6"),
                K6ExecutionSettings.HostKeyPolicy.STRICT,
                dir.resolve("known_hosts"),
                30),
            System::nanoTime);

    assertThatThrownBy(executor::version)
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("cannot start k6")
        .hasMessageContaining("apt-get install k6");
  }
}
