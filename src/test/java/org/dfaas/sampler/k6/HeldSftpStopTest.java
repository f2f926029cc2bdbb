package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6ExecutionSettings.HostKeyPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A stop that arrives while the SFTP server holds one step of the script's upload or the summary's
 * download: the in-process server's SFTP subsystem is held at that step and the run's thread is
 * interrupted. Whatever the step, the run ends as cancelled at once, while the server still holds
 * it, and the thread keeps its interrupt, so the campaign ends as interrupted; no k6 is left
 * running. Before the steps ran on a thread of their own, a stop while the server held the upload's
 * write was lost inside MINA's SFTP client: the run reconnected, uploaded again and k6 ran to the
 * end.
 */
class HeldSftpStopTest {

  private static final String CONFIG = "beef00000002";
  private static final long RUN_TIMEOUT_SECONDS = 30;

  /** The steps the server can hold, and the file each is held for. */
  enum Step {
    OPENING(RemoteLayout.SCRIPT),
    WRITING(RemoteLayout.SCRIPT),
    WRITTEN(RemoteLayout.SCRIPT),
    CLOSING(RemoteLayout.SCRIPT),
    CLOSED(RemoteLayout.SCRIPT),
    READING(RemoteLayout.SUMMARY),
    READ(RemoteLayout.SUMMARY);

    private final String file;

    Step(String file) {
      this.file = file;
    }
  }

  @TempDir Path dir;

  private final KeyPair clientKey = TestSshServer.generate("ecdsa-sha2-nistp256", 256);
  private TestSshServer server;
  private StandIn standIn;
  private Path keyFile;
  private SshK6Executor executor;

  @BeforeEach
  void startServer() {
    server = TestSshServer.start(clientKey, 0);
    standIn = StandIn.installIn(dir.resolve("bin"));
    standIn.behave(Map.of("STANDIN_PID_FILE", dir.resolve("k6.pid").toString()));
    keyFile = TestSshServer.writeKey(clientKey, dir.resolve("id_test"), null);
  }

  @AfterEach
  void stopAll() {
    if (executor != null) {
      executor.close();
    }
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Step.class)
  void aStopWhileTheServerHoldsAnSftpStepEndsTheRunAsCancelledAtOnce(Step step) throws Exception {
    CountDownLatch reached = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.listenToSftp(new Hold(step, reached, release));
    executor = executor();
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    CompletableFuture<Boolean> stillInterrupted = new CompletableFuture<>();
    Thread runner =
        new Thread(
            () -> {
              try {
                executor.run(request());
                failure.complete(null);
              } catch (RuntimeException e) {
                failure.complete(e);
              }
              stillInterrupted.complete(Thread.currentThread().isInterrupted());
            });
    runner.start();
    assertThat(reached.await(15, TimeUnit.SECONDS)).as("the server reached %s", step).isTrue();

    Throwable ended;
    try {
      runner.interrupt();
      ended = failure.get(5, TimeUnit.SECONDS);
    } finally {
      release.countDown();
    }

    assertThat(ended)
        .as("a stop while the server held %s", step)
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("run cancelled");
    assertThat(stillInterrupted.get(5, TimeUnit.SECONDS))
        .as("the stop reaches the campaign")
        .isTrue();
    Path pidFile = dir.resolve("k6.pid");
    if (Files.exists(pidFile)) {
      LocalK6ExecutorTest.assertExits(Long.parseLong(Files.readString(pidFile).strip()));
    }
  }

  private SshK6Executor executor() {
    K6ExecutionSettings execution =
        Runs.execution(
            K6ExecutionSettings.Executor.SSH,
            standIn.binary(),
            HostKeyPolicy.ACCEPT_NEW,
            dir.resolve("known_hosts"),
            RUN_TIMEOUT_SECONDS);
    return new SshK6Executor(
        Runs.settings("127.0.0.1", "tester", keyFile, server.port(), root()),
        execution,
        Map.of(),
        System::nanoTime);
  }

  private String root() {
    return dir.resolve("work").toString();
  }

  private K6RunRequest request() {
    return Runs.request(
        CONFIG, Runs.settings("127.0.0.1", "tester", keyFile, server.port(), root()));
  }

  /** Holds the server's SFTP subsystem at one step of the script's upload. */
  private record Hold(Step step, CountDownLatch reached, CountDownLatch release)
      implements SftpEventListener {

    private void at(Step now, Handle handle) throws IOException {
      if (now != step || !handle.getFile().endsWith(step.file)) {
        return;
      }
      reached.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("held step interrupted");
      }
    }

    @Override
    public void opening(ServerSession session, String remoteHandle, Handle local)
        throws IOException {
      at(Step.OPENING, local);
    }

    @Override
    public void writing(
        ServerSession session,
        String remoteHandle,
        FileHandle local,
        long offset,
        byte[] data,
        int dataOffset,
        int dataLen)
        throws IOException {
      at(Step.WRITING, local);
    }

    @Override
    public void written(
        ServerSession session,
        String remoteHandle,
        FileHandle local,
        long offset,
        byte[] data,
        int dataOffset,
        int dataLen,
        Throwable thrown)
        throws IOException {
      at(Step.WRITTEN, local);
    }

    @Override
    public void reading(
        ServerSession session,
        String remoteHandle,
        FileHandle local,
        long offset,
        byte[] data,
        int dataOffset,
        int dataLen)
        throws IOException {
      at(Step.READING, local);
    }

    @Override
    public void read(
        ServerSession session,
        String remoteHandle,
        FileHandle local,
        long offset,
        byte[] data,
        int dataOffset,
        int dataLen,
        int readLen,
        Throwable thrown)
        throws IOException {
      at(Step.READ, local);
    }

    @Override
    public void closing(ServerSession session, String remoteHandle, Handle local)
        throws IOException {
      at(Step.CLOSING, local);
    }

    @Override
    public void closed(ServerSession session, String remoteHandle, Handle local, Throwable thrown)
        throws IOException {
      at(Step.CLOSED, local);
    }
  }
}
