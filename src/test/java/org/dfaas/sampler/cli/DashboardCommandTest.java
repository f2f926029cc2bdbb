package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code dashboard} refuses before it serves anything. */
class DashboardCommandTest {

  @TempDir Path dir;

  @Test
  void refusesABindBeyondLoopbackWithoutAToken() {
    CliRun run = CliRun.of(dir, "dashboard", "out", "--bind", "0.0.0.0", "--port", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("a dashboard bound to 0.0.0.0 (not loopback) needs a token")
        .contains("--new-token", "--token-file", "SSH tunnel");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void refusesAnEmptyTokenFileAndTwoTokenSources() throws Exception {
    Files.writeString(dir.resolve("token"), "\n");

    CliRun empty = CliRun.of(dir, "dashboard", "out", "--bind", "0.0.0.0", "--token-file", "token");
    CliRun both = CliRun.of(dir, "dashboard", "out", "--token-file", "token", "--new-token");

    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("--token-file: ", "is empty");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--token-file and --new-token exclude each other");
  }

  @Test
  void refusesAPortOutOfRangeAndAnUnknownAddress() {
    CliRun port = CliRun.of(dir, "dashboard", "out", "--port", "70000");
    CliRun bind = CliRun.of(dir, "dashboard", "out", "--bind", "no-such-host.invalid");

    assertThat(port.exitCode()).isEqualTo(2);
    assertThat(port.err()).contains("--port 70000 is not a port");
    assertThat(bind.exitCode()).isEqualTo(2);
    assertThat(bind.err()).contains("--bind no-such-host.invalid: no such address");
  }
}
