package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RemoteCommands}: scripts that sh runs whatever the user's login shell. */
class RemoteCommandsTest {

  @TempDir Path dir;

  @Test
  void theLoginShellSeesOnlyAFixedCommandWithNothingToParse() {
    assertThat(RemoteScript.COMMAND).matches("[a-z -]+");
    assertThat(new String(RemoteCommands.kill("/w s", "t0").stdin(), StandardCharsets.UTF_8))
        .startsWith("{\n")
        .endsWith("\n}\n");
  }

  @Test
  void argumentsReachTheCommandAsWrittenUnderFish() throws Exception {
    Path workspace = Files.createDirectories(dir.resolve("ws"));
    Path marker = dir.resolve("PWNED");
    String hostile = "x\\'; touch " + marker + " #\n$(touch " + marker + ")\\";

    Process run =
        loginShell(
            "/usr/bin/fish",
            RemoteCommands.run(workspace.toString(), List.of("printf", "%s", hostile), "t9"));

    assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo(hostile);
    assertThat(marker).doesNotExist();
  }

  @Test
  void theRunScriptWorksWhenTheLoginShellHandsItToSh() throws Exception {
    Path workspace = Files.createDirectories(dir.resolve("work 'space'"));
    RemoteScript script =
        RemoteCommands.run(workspace.toString(), List.of("sh", "-c", "echo ran; exit 3"), "t1");

    Process process = bash(script);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(3);
    assertThat(output).contains("ran");
    assertThat(workspace.resolve("k6.log")).content().contains("ran");
    assertThat(workspace.resolve(RemoteLayout.PID)).exists();
  }

  private static Process bash(RemoteScript script) throws java.io.IOException {
    return loginShell("/bin/bash", script);
  }

  /** What sshd does with a login shell: "$SHELL -c command", the channel's data on stdin. */
  private static Process loginShell(String shell, RemoteScript script) throws java.io.IOException {
    Process process =
        new ProcessBuilder(shell, "-c", RemoteScript.COMMAND).redirectErrorStream(true).start();
    try (var stdin = process.getOutputStream()) {
      stdin.write(script.stdin());
    }
    return process;
  }

  @Test
  void aStopBeforeThePidIsKnownKeepsK6FromStarting() throws Exception {
    Path workspace = Files.createDirectories(dir.resolve("ws"));
    Path started = dir.resolve("started");

    // The stop reaches the host first: the run's channel had opened, its wrapper not yet run.
    Process kill = bash(RemoteCommands.kill(workspace.toString(), "tok1"));
    assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(kill.exitValue()).isZero();
    Process run =
        bash(
            RemoteCommands.run(
                workspace.toString(), List.of("sh", "-c", "touch '" + started + "'"), "tok1"));

    assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).isEqualTo(130);
    assertThat(started).as("k6 never started").doesNotExist();
  }

  @Test
  void aStopMarkOfAnEarlierRunDoesNotStopTheNextOne() throws Exception {
    Path workspace = Files.createDirectories(dir.resolve("ws"));
    Process kill = bash(RemoteCommands.kill(workspace.toString(), "old"));
    assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();

    Process run =
        bash(RemoteCommands.run(workspace.toString(), List.of("sh", "-c", "exit 0"), "new"));

    assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).isZero();
  }

  @Test
  void aStopAfterThePidIsKnownEndsK6AndLeavesOtherRunsPidsAlone() throws Exception {
    Path workspace = Files.createDirectories(dir.resolve("ws"));
    Process run = bash(RemoteCommands.run(workspace.toString(), List.of("sleep", "60"), "tok2"));
    Path pid = workspace.resolve(RemoteLayout.PID);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!(Files.exists(pid) && Files.readString(pid).contains("tok2"))
        && System.nanoTime() < until) {
      Thread.sleep(20);
    }

    Process otherRun = bash(RemoteCommands.kill(workspace.toString(), "another"));
    assertThat(otherRun.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(run.isAlive()).as("a stop of another run leaves this one").isTrue();
    Process kill = bash(RemoteCommands.kill(workspace.toString(), "tok2"));

    assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).isNotZero();
  }
}
