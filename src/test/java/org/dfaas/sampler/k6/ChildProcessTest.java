package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ChildProcess}: the child's output, environment, timeout, cancellation and draining. */
class ChildProcessTest {

  @TempDir Path dir;

  private static ChildProcess shell(String script) {
    return new ChildProcess("test", List.of("/bin/bash", "-c", script));
  }

  @Test
  void returnsTheExitStatusWithStdoutAndStderrMergedInOrder() throws Exception {
    K6Output output = new K6Output("cfg", false);

    OptionalInt exit =
        shell("echo one; echo two >&2; echo \"$MARK\"; exit 3")
            .withEnvironment(Map.of("MARK", "env passed"))
            .stdout(new LineSink(output, "ansible"))
            .run(Duration.ofSeconds(30));

    assertThat(exit).hasValue(3);
    assertThat(output.tail()).isEqualTo("one\ntwo\nenv passed");
  }

  @Test
  void keepsStderrApartWhenAskedAndCopiesEachStreamToEveryTarget() throws Exception {
    Path log = dir.resolve("k6.log");
    Files.write(log, new byte[0]);
    K6Output output = new K6Output("cfg", false);

    shell("echo out; echo err >&2; printf 'no line break'")
        .in(dir)
        .stdout(Files.newOutputStream(log, StandardOpenOption.APPEND))
        .stderr(new LineSink(output, "stderr"))
        .run(Duration.ofSeconds(30));

    assertThat(Files.readString(log)).isEqualTo("out\nno line break");
    assertThat(output.tail()).isEqualTo("err");
  }

  @Test
  void drainsEveryLineWrittenJustBeforeTheChildExits() throws Exception {
    K6Output output = new K6Output("cfg", false);

    shell("for i in $(seq 1 5000); do echo line $i; done")
        .stdout(new LineSink(output, "stdout"))
        .run(Duration.ofSeconds(30));

    assertThat(output.tail()).endsWith("line 4999\nline 5000");
  }

  @Test
  void runsInTheFolderGiven() throws Exception {
    K6Output output = new K6Output("cfg", false);

    shell("pwd").in(dir).stdout(new LineSink(output, "stdout")).run(Duration.ofSeconds(30));

    assertThat(Path.of(output.tail())).isEqualTo(dir.toRealPath());
  }

  @Test
  void theToolsSecretsNeverReachTheChildsEnvironment() throws Exception {
    // The build puts this variable in the test JVM's environment (see the pom).
    assertThat(System.getenv("DFAAS_SSH_KEY_PASSPHRASE")).isNotBlank();
    K6Output output = new K6Output("cfg", false);

    shell("echo \"passphrase=${DFAAS_SSH_KEY_PASSPHRASE:-none}\"; echo \"$MARK\"")
        .withEnvironment(Map.of("MARK", "ran"))
        .stdout(new LineSink(output, "stdout"))
        .run(Duration.ofSeconds(30));

    assertThat(output.tail()).isEqualTo("passphrase=none\nran");
  }

  @Test
  void aChildPastItsTimeoutIsKilledWithItsChildrenAndItsOutputKept() throws Exception {
    Path pid = dir.resolve("pid");
    K6Output output = new K6Output("cfg", false);

    OptionalInt exit =
        shell("echo started; sleep 60 & echo $! > " + pid + "; wait")
            .stdout(new LineSink(output, "stdout"))
            .run(Duration.ofSeconds(1));

    assertThat(exit).isEmpty();
    assertThat(output.tail()).isEqualTo("started");
    assertExits(pid);
  }

  @Test
  void anInterruptedCallerHasTheChildKilled() throws Exception {
    Path pid = dir.resolve("pid");
    Thread runner = Thread.currentThread();
    CompletableFuture<Void> interrupter =
        CompletableFuture.runAsync(
            () -> {
              try {
                while (!Files.exists(pid) || Files.readString(pid).isBlank()) {
                  Thread.sleep(20);
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
              runner.interrupt();
            });

    assertThatThrownBy(() -> shell("echo $$ > " + pid + "; sleep 60").run(Duration.ofSeconds(60)))
        .isInstanceOf(InterruptedException.class);

    interrupter.get(10, TimeUnit.SECONDS);
    assertExits(pid);
  }

  @Test
  void aProgramThatCannotStartClosesItsTargetsAndNeverCountsAsStarted() {
    ClosingTarget target = new ClosingTarget();
    boolean[] started = {false};

    assertThatThrownBy(
            () ->
                new ChildProcess("test", List.of(dir.resolve("missing").toString()))
                    .stdout(target)
                    .whenStarted(() -> started[0] = true)
                    .run(Duration.ofSeconds(30)))
        .isInstanceOf(IOException.class);

    assertThat(target.closed).isTrue();
    assertThat(started[0]).isFalse();
  }

  private static void assertExits(Path pidFile) throws Exception {
    ProcessHandle process =
        ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).orElse(null);
    if (process != null) {
      process.onExit().get(10, TimeUnit.SECONDS);
    }
  }

  private static final class ClosingTarget extends OutputStream {
    boolean closed;

    @Override
    public void write(int b) {}

    @Override
    public void close() {
      closed = true;
    }
  }
}
