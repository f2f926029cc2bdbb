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
  void theRunAndKillScriptsAreOneLineHandedToSh() {
    for (String command :
        List.of(RemoteCommands.run("/w s", List.of("k6", "run")), RemoteCommands.kill("/w s"))) {
      assertThat(command).startsWith("exec sh -c '").endsWith("'").doesNotContain("\n");
    }
  }

  @Test
  void theRunScriptWorksWhenTheLoginShellHandsItToSh() throws Exception {
    Path workspace = Files.createDirectories(dir.resolve("work 'space'"));
    String command =
        RemoteCommands.run(workspace.toString(), List.of("sh", "-c", "echo ran; exit 3"));

    // What sshd does with a login shell: "$SHELL -c command".
    Process process =
        new ProcessBuilder("/bin/bash", "-c", command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(3);
    assertThat(output).contains("ran");
    assertThat(workspace.resolve("k6.log")).content().contains("ran");
    assertThat(workspace.resolve(RemoteLayout.PID)).exists();
  }
}
