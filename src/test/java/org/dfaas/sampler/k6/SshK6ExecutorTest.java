package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dfaas.sampler.LogCapture;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6ExecutionSettings.HostKeyPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SshK6Executor} against an in-process MINA SSH server whose commands run in /bin/sh. */
class SshK6ExecutorTest {

  private static final String CONFIG = "beef00000001";

  @TempDir Path dir;

  private final LogCapture log = new LogCapture(K6Output.class);
  private final KeyPair clientKey = TestSshServer.generate("ecdsa-sha2-nistp256", 256);
  private TestSshServer server;
  private StandIn standIn;
  private Path keyFile;
  private SshK6Executor executor;

  @BeforeEach
  void startServer() {
    server = TestSshServer.start(clientKey, 0);
    standIn = StandIn.installIn(dir.resolve("bin"));
    keyFile = TestSshServer.writeKey(clientKey, dir.resolve("id_test"), null);
  }

  @AfterEach
  void stopAll() {
    if (executor != null) {
      executor.close();
    }
    server.close();
    log.close();
  }

  private SshK6Executor executor(HostKeyPolicy policy, long runTimeoutSeconds) {
    return executor(policy, runTimeoutSeconds, server.port(), keyFile, Map.of());
  }

  private SshK6Executor executor(
      HostKeyPolicy policy, long timeout, int port, Path key, Map<String, String> env) {
    K6ExecutionSettings execution =
        Runs.execution(
            K6ExecutionSettings.Executor.SSH,
            standIn.binary(),
            policy,
            dir.resolve("ssh dir/known_hosts"),
            timeout);
    executor =
        new SshK6Executor(
            Runs.settings("127.0.0.1", "tester", key, port, root()),
            execution,
            env,
            System::nanoTime);
    return executor;
  }

  private String root() {
    return dir.resolve("work space 'quoted' $HOME").toString();
  }

  private K6RunRequest request() {
    return Runs.request(
        CONFIG, Runs.settings("127.0.0.1", "tester", keyFile, server.port(), root()));
  }

  private Path workspace() {
    return Path.of(root(), "node-1", "run-1", CONFIG);
  }

  @Test
  void uploadsTheScriptRunsK6AndDownloadsTheSummary() throws IOException {
    standIn.behave(Map.of("STANDIN_ARGS_FILE", dir.resolve("args").toString()));

    K6RunResult result = executor(HostKeyPolicy.ACCEPT_NEW, 30).run(request());

    assertThat(result.configId()).isEqualTo(CONFIG);
    assertThat(result.summary())
        .isEqualTo(Files.readString(workspace().resolve("summary.json")))
        .contains("\"success_rate_qrcode_go\"");
    assertThat(workspace().resolve("script.js")).hasContent(Runs.SCRIPT.text());
    assertThat(Files.readString(workspace().resolve("k6.log")))
        .contains("running (0m03.0s)", "msg=\"progress 2\"", "summary written");
    assertThat(Files.readAllLines(dir.resolve("args")))
        .containsExactly(
            "--summary-export",
            workspace().resolve("summary.json").toString(),
            "--out",
            "json=out.json",
            "--tag",
            "run=r1",
            workspace().resolve("script.js").toString());
  }

  @Test
  void streamsEachStreamLiveInOrderBetweenStartAndStop() {
    executor(HostKeyPolicy.ACCEPT_NEW, 30).run(request());

    List<String> lines = log.messages();
    int started = lines.indexOf("k6[" + CONFIG + "] log stream started");
    int stopped = lines.indexOf("k6[" + CONFIG + "] log stream stopped");
    assertThat(started).isNotNegative().isLessThan(stopped);
    List<String> run = lines.subList(started + 1, stopped);
    assertThat(run)
        .filteredOn(line -> line.contains("stdout: "))
        .containsExactly(
            "k6[" + CONFIG + "] stdout: execution: local, script: " + workspace() + "/script.js",
            "k6["
                + CONFIG
                + "] stdout: running (0m01.0s), 0/1 VUs, 10 complete and 0 interrupted"
                + " iterations",
            "k6["
                + CONFIG
                + "] stdout: running (0m02.0s), 0/1 VUs, 20 complete and 0 interrupted"
                + " iterations",
            "k6["
                + CONFIG
                + "] stdout: running (0m03.0s), 0/1 VUs, 30 complete and 0 interrupted"
                + " iterations",
            "k6[" + CONFIG + "] stdout: summary written");
    assertThat(run)
        .filteredOn(line -> line.contains("stderr: "))
        .containsExactly(
            "k6[" + CONFIG + "] stderr: time=\"now\" level=info msg=\"progress 1\" source=console",
            "k6[" + CONFIG + "] stderr: time=\"now\" level=info msg=\"progress 2\" source=console",
            "k6[" + CONFIG + "] stderr: time=\"now\" level=info msg=\"progress 3\" source=console",
            "k6[" + CONFIG + "] stderr: level=info msg=\"done\"");
  }

  @Test
  void streamsLinesWhileK6IsStillRunning() throws Exception {
    standIn.behave(Map.of("STANDIN_SLEEP", "3"));
    executor(HostKeyPolicy.ACCEPT_NEW, 30);
    CompletableFuture<K6RunResult> run =
        CompletableFuture.supplyAsync(() -> executor.run(request()));

    waitForLine(
        "k6[" + CONFIG + "] stderr: time=\"now\" level=info msg=\"progress 3\" source=console");

    assertThat(run).isNotDone();
    assertThat(run.get(20, TimeUnit.SECONDS).configId()).isEqualTo(CONFIG);
  }

  @Test
  void reusesOneSessionAndReconnectsAfterItDropped() {
    SshK6Executor ssh = executor(HostKeyPolicy.ACCEPT_NEW, 30);
    ssh.run(request());
    ssh.run(request());
    ssh.run(request());
    int beforeDrop = server.sessionsOpened();
    server.dropSessions();

    ssh.run(request());
    ssh.run(request());

    assertThat(beforeDrop).isEqualTo(1);
    assertThat(server.sessionsOpened()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "99"})
  void failsWithK6sExitCodeAndTheTailOfItsOutput(String code) {
    standIn.behave(Map.of("STANDIN_EXIT", code));

    assertThatThrownBy(() -> executor(HostKeyPolicy.ACCEPT_NEW, 30).run(request()))
        .isInstanceOfSatisfying(
            K6ExecutionException.class,
            e -> {
              assertThat(e.k6ExitCode()).hasValue(Integer.parseInt(code));
              assertThat(e.configId()).isEqualTo(CONFIG);
              assertThat(e.host()).isEqualTo("127.0.0.1:" + server.port());
              assertThat(e.outputTail()).contains("summary written", "msg=\"done\"");
              assertThat(e.getMessage()).contains("k6 failed");
            });
  }

  @Test
  void failsWhenTheSummaryIsNotJson() {
    standIn.behave(Map.of("STANDIN_GARBAGE", "1"));

    assertThatThrownBy(() -> executor(HostKeyPolicy.ACCEPT_NEW, 30).run(request()))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("summary.json is not JSON");
  }

  @Test
  void refusesASummaryLargerThanTheCapWithoutDownloadingIt() {
    standIn.behave(Map.of("STANDIN_HUGE_SUMMARY", Long.toString(4L * SummaryCheck.MAX_BYTES)));

    assertThatThrownBy(() -> executor(HostKeyPolicy.ACCEPT_NEW, 30).run(request()))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("cannot download")
        .hasMessageContaining("summary.json is larger than " + SummaryCheck.MAX_BYTES + " bytes");
  }

  @Test
  void failsWhenTheSummaryIsMissing() {
    standIn.behave(Map.of("STANDIN_NO_SUMMARY", "1"));

    assertThatThrownBy(() -> executor(HostKeyPolicy.ACCEPT_NEW, 30).run(request()))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("k6 left no summary at");
  }

  @Test
  void saysHowToInstallK6WhenTheHostHasNone() throws IOException {
    Files.delete(standIn.binary());

    assertThatThrownBy(() -> executor(HostKeyPolicy.ACCEPT_NEW, 30).run(request()))
        .isInstanceOfSatisfying(
            K6ExecutionException.class,
            e -> {
              assertThat(e.k6ExitCode()).hasValue(127);
              assertThat(e.getMessage()).contains("not found on the host", "apt-get install k6");
            });
  }

  @Test
  void stopsTheRemoteK6WhenTheRunTimesOut() throws Exception {
    Path pidFile = dir.resolve("standin.pid");
    standIn.behave(Map.of("STANDIN_HANG", "1", "STANDIN_PID_FILE", pidFile.toString()));
    long start = System.nanoTime();

    assertThatThrownBy(() -> executor(HostKeyPolicy.ACCEPT_NEW, 2).run(request()))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("run timed out after 2 s");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    LocalK6ExecutorTest.assertExits(Long.parseLong(Files.readString(pidFile).strip()));
  }

  @Test
  void aStopAskedForBeforeTheUploadEndsTheRunAsCancelledAndKeepsTheStop() {
    SshK6Executor executor = executor(HostKeyPolicy.ACCEPT_NEW, 30);
    executor.run(request());

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> executor.run(request())).isInstanceOf(K6ExecutionException.class);
      assertThat(Thread.currentThread().isInterrupted())
          .as("the stop reaches the campaign, which ends as interrupted")
          .isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aStopWhileConnectingEndsTheRunAsCancelledNotAsAnUnreachableHost() {
    SshK6Executor executor = executor(HostKeyPolicy.ACCEPT_NEW, 30);

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> executor.run(request()))
          .isInstanceOf(K6ExecutionException.class)
          .isNotInstanceOf(K6HostUnavailableException.class)
          .hasMessageContaining("run cancelled");
      assertThat(Thread.currentThread().isInterrupted())
          .as("the stop reaches the campaign, which ends as interrupted")
          .isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aSocketTimeoutIsNoStop() {
    assertThat(SshExec.keepsStop(new IOException(new java.net.SocketTimeoutException()))).isFalse();
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    assertThat(SshExec.keepsStop(new IOException(new java.io.InterruptedIOException()))).isTrue();
    assertThat(Thread.interrupted()).as("the stop is kept on the thread").isTrue();
  }

  @Test
  void stopsTheRemoteK6WhenTheRunIsCancelled() throws Exception {
    Path pidFile = dir.resolve("standin.pid");
    standIn.behave(Map.of("STANDIN_HANG", "1", "STANDIN_PID_FILE", pidFile.toString()));
    executor(HostKeyPolicy.ACCEPT_NEW, 60);
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    Thread runner =
        new Thread(
            () -> {
              try {
                executor.run(request());
                failure.complete(null);
              } catch (RuntimeException e) {
                failure.complete(e);
              }
            });
    runner.start();
    waitForLine("k6[" + CONFIG + "] stdout: still running");

    runner.interrupt();

    assertThat(failure.get(15, TimeUnit.SECONDS))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("run cancelled");
    LocalK6ExecutorTest.assertExits(Long.parseLong(Files.readString(pidFile).strip()));
  }

  @Test
  void aStopRightAfterTheStartLeavesNoK6RunningEvenBeforeItsPidIsKnown() throws Exception {
    EarlyStop.assertLeavesNoK6(
        standIn,
        () -> executor == null ? executor(HostKeyPolicy.ACCEPT_NEW, 8) : executor,
        request(),
        workspace(),
        dir);
  }

  @Test
  void failsWithinTheTimeoutWhenTheServerStopsMidRun() throws Exception {
    standIn.behave(Map.of("STANDIN_HANG", "1"));
    executor(HostKeyPolicy.ACCEPT_NEW, 60);
    CompletableFuture<K6RunResult> run =
        CompletableFuture.supplyAsync(() -> executor.run(request()));
    waitForLine("k6[" + CONFIG + "] stdout: still running");

    server.close();

    assertThatThrownBy(() -> run.get(15, TimeUnit.SECONDS))
        .hasCauseInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("connection to the k6 host lost mid-run");
  }

  @Test
  void aK6LeftRunningByADroppedConnectionIsStoppedWhenTheExecutorReconnects() throws Exception {
    Path pidFile = dir.resolve("standin.pid");
    // Silent: a k6 that writes dies of the broken pipe on its own.
    standIn.behave(Map.of("STANDIN_SLEEP", "120", "STANDIN_PID_FILE", pidFile.toString()));
    executor(HostKeyPolicy.ACCEPT_NEW, 60);
    CompletableFuture<K6RunResult> run =
        CompletableFuture.supplyAsync(() -> executor.run(request()));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (!Files.exists(pidFile) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    long lost = Long.parseLong(Files.readString(pidFile).strip());

    server.dropSessions();

    assertThatThrownBy(() -> run.get(15, TimeUnit.SECONDS))
        .hasCauseInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("connection to the k6 host lost mid-run");
    standIn.behave(Map.of());
    executor.run(request());
    assertThat(ProcessHandle.of(lost).map(ProcessHandle::isAlive).orElse(false))
        .as("the k6 the dropped connection left running (pid %d)", lost)
        .isFalse();
  }

  @Test
  void saysTheHostIsUnreachableWhenNothingListens() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    assertThatThrownBy(
            () -> executor(HostKeyPolicy.ACCEPT_NEW, 30, port, keyFile, Map.of()).run(request()))
        .isInstanceOfSatisfying(
            K6HostUnavailableException.class, e -> assertThat(e.stopsCampaign()).isTrue())
        .hasMessageContaining("unreachable")
        .hasMessageContaining("connection refused");
  }

  @Test
  void saysAuthenticationWasRefusedForAKeyTheHostDoesNotKnow() {
    Path other =
        TestSshServer.writeKey(
            TestSshServer.generate("ecdsa-sha2-nistp256", 256), dir.resolve("other"), null);

    assertThatThrownBy(
            () ->
                executor(HostKeyPolicy.ACCEPT_NEW, 30, server.port(), other, Map.of())
                    .run(request()))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("authentication refused for user tester");
  }

  @Test
  void readsAnEncryptedKeyWithThePassphraseFromTheEnvironment() {
    Path encrypted = TestSshServer.writeKey(clientKey, dir.resolve("enc"), "s3cret pass");

    K6RunResult result =
        executor(
                HostKeyPolicy.ACCEPT_NEW,
                30,
                server.port(),
                encrypted,
                Map.of(SshConnector.PASSPHRASE_ENV, "s3cret pass"))
            .run(request());

    assertThat(result.configId()).isEqualTo(CONFIG);
    assertThat(log.messages()).noneMatch(line -> line.contains("s3cret"));
  }

  @Test
  void namesThePassphraseVariableWhenAnEncryptedKeyCannotBeRead() {
    Path encrypted = TestSshServer.writeKey(clientKey, dir.resolve("enc"), "s3cret pass");

    assertThatThrownBy(
            () ->
                executor(HostKeyPolicy.ACCEPT_NEW, 30, server.port(), encrypted, Map.of())
                    .run(request()))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("cannot read SSH key file " + encrypted)
        .hasMessageContaining(SshConnector.PASSPHRASE_ENV)
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void saysTheKeyCannotBeReadWithAWrongPassphrase() {
    Path encrypted = TestSshServer.writeKey(clientKey, dir.resolve("enc"), "s3cret pass");

    assertThatThrownBy(
            () ->
                executor(
                        HostKeyPolicy.ACCEPT_NEW,
                        30,
                        server.port(),
                        encrypted,
                        Map.of(SshConnector.PASSPHRASE_ENV, "wrong words"))
                    .run(request()))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("cannot read SSH key file " + encrypted)
        .hasMessageNotContaining("wrong words");
  }

  @Test
  void authenticatesWithAnEd25519Key() {
    server.close();
    KeyPair ed25519 = TestSshServer.generate("ssh-ed25519", 256);
    server = TestSshServer.start(ed25519, 0);
    keyFile = TestSshServer.writeKey(ed25519, dir.resolve("id_ed25519"), null);

    assertThat(executor(HostKeyPolicy.ACCEPT_NEW, 30).run(request()).configId()).isEqualTo(CONFIG);
  }

  @Test
  void acceptNewRecordsAHostSeenForTheFirstTime() throws IOException {
    executor(HostKeyPolicy.ACCEPT_NEW, 30).run(request());

    assertThat(Files.readString(dir.resolve("ssh dir/known_hosts")))
        .contains("[127.0.0.1]:" + server.port());
  }

  @Test
  void strictRefusesAHostNotInTheKnownHostsFile() {
    assertThatThrownBy(() -> executor(HostKeyPolicy.STRICT, 30).run(request()))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("is not in")
        .hasMessageContaining("strict");
  }

  @ParameterizedTest
  @EnumSource(
      value = HostKeyPolicy.class,
      names = {"ACCEPT_NEW", "STRICT"})
  void refusesAChangedHostKey(HostKeyPolicy policy) {
    executor(HostKeyPolicy.ACCEPT_NEW, 30).run(request());
    executor.close();
    int port = server.port();
    server.close();
    server = TestSshServer.start(clientKey, TestSshServer.generate("ssh-rsa", 2048), port);

    assertThatThrownBy(() -> executor(policy, 30).run(request()))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("host key of 127.0.0.1:" + port + " CHANGED");
  }

  @Test
  void insecureAcceptsAnyHostKeyAndRecordsNothing() {
    executor(HostKeyPolicy.INSECURE, 30).run(request());

    assertThat(dir.resolve("ssh dir/known_hosts")).doesNotExist();
  }

  private void waitForLine(String line) throws Exception {
    CompletableFuture<Void> seen =
        CompletableFuture.runAsync(
            () -> {
              while (!log.messages().contains(line) && !Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
              }
            });
    try {
      seen.get(15, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      seen.cancel(true);
      throw new AssertionError("no line " + line + " in " + log.messages(), e);
    }
  }
}
