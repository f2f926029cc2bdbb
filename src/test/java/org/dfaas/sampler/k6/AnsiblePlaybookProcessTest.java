package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AnsiblePlaybookProcess}: the child process's output, timeout and cancellation. */
class AnsiblePlaybookProcessTest {

  @TempDir Path dir;

  private final AnsiblePlaybookProcess process = new AnsiblePlaybookProcess("cfg", "k6.example");

  private List<String> shell(String script) {
    return List.of("/bin/bash", "-c", script);
  }

  @Test
  void returnsTheExitStatusWithTheOutputInTheTail() {
    K6Output output = new K6Output("cfg", false);

    int exit =
        process.run(
            shell("echo one; echo two >&2; echo \"$MARK\"; exit 3"),
            Map.of("MARK", "env passed"),
            Duration.ofSeconds(30),
            output);

    assertThat(exit).isEqualTo(3);
    assertThat(output.tail()).isEqualTo("one\ntwo\nenv passed");
  }

  @Test
  void theToolsSecretsNeverReachTheChildsEnvironment() {
    // The build puts this variable in the test JVM's environment (see the pom).
    assertThat(System.getenv("DFAAS_SSH_KEY_PASSPHRASE")).isNotBlank();
    K6Output output = new K6Output("cfg", false);

    process.run(
        shell("echo \"passphrase=${DFAAS_SSH_KEY_PASSPHRASE:-none}\"; echo \"$MARK\""),
        Map.of("MARK", "ran"),
        Duration.ofSeconds(30),
        output);

    assertThat(output.tail()).isEqualTo("passphrase=none\nran");
  }

  @Test
  void k6sOutputUrlsAreMaskedInTheTailAndTheLog() {
    K6Output output = new K6Output("cfg", false);

    output.line("stderr", "output: InfluxDBv1 (http://k6:0utput-s3cret@influx:8086)");

    assertThat(output.tail()).isEqualTo("output: InfluxDBv1 (http://***@influx:8086)");
  }

  @Test
  void aRunPastItsTimeoutIsKilledWithItsChildren() throws Exception {
    Path pid = dir.resolve("pid");
    K6Output output = new K6Output("cfg", false);

    assertThatThrownBy(
            () ->
                process.run(
                    shell("echo started; sleep 60 & echo $! > " + pid + "; wait"),
                    Map.of(),
                    Duration.ofSeconds(1),
                    output))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("timed out after 1 s")
        .hasMessageContaining("started");

    ProcessHandle sleeper =
        ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).orElse(null);
    if (sleeper != null) {
      sleeper.onExit().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void anInterruptedRunIsKilled() throws Exception {
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

    assertThatThrownBy(
            () ->
                process.run(
                    shell("echo $$ > " + pid + "; sleep 60"),
                    Map.of(),
                    Duration.ofSeconds(60),
                    new K6Output("cfg", false)))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("cancelled");

    assertThat(Thread.interrupted()).isTrue();
    interrupter.get(10, TimeUnit.SECONDS);
    ProcessHandle shell =
        ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).orElse(null);
    if (shell != null) {
      shell.onExit().get(10, TimeUnit.SECONDS);
    }
  }
}
