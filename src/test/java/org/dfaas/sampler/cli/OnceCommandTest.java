package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code once}, in-process, with the local executor running the k6 stand-in. */
class OnceCommandTest {

  @TempDir Path dir;

  private Path standIn;

  @BeforeEach
  void installStandIn() throws IOException {
    standIn = dir.resolve("bin/k6-standin");
    Files.createDirectories(standIn.getParent());
    try (InputStream in = OnceCommandTest.class.getResourceAsStream("/k6/k6-standin")) {
      Files.copy(in, standIn, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(
        dir.resolve("campaign.yaml"),
        """
        run_id: r1
        k6_executor: local
        k6_binary: %s
        k6_workspace_root: %s
        duration: 30s
        functions:
          - name: figlet
          - name: env
        """
            .formatted(standIn, dir.resolve("ws")));
  }

  private CliRun once(String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "once";
    args[1] = "-c";
    args[2] = "campaign.yaml";
    args[3] = "--config=figlet=20,env=0";
    System.arraycopy(extra, 0, args, 4, extra.length);
    return CliRun.withEnv(dir, Map.of("LB_RUN_HOST", "node-1"), args);
  }

  @Test
  void printsOnlyTheResultAsJson() throws IOException {
    CliRun run = once("--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = new ObjectMapper().readTree(run.out());
    assertThat(result.get("duration_seconds").asDouble()).isPositive();
    assertThat(result.get("functions").get("figlet").get("success_rate").asDouble())
        .isEqualTo(0.99);
    assertThat(result.get("functions").get("figlet").get("avg_latency").asDouble()).isEqualTo(12.5);
    assertThat(result.get("functions").get("figlet").get("request_count").asDouble())
        .isEqualTo(100);
    assertThat(result.get("functions").get("env").get("request_count").asDouble()).isZero();
    String configId = result.get("config_id").asText();
    assertThat(dir.resolve("ws/node-1/r1/" + configId + "/summary.json")).exists();
  }

  @Test
  void printsAReadableLinePerFunction() {
    CliRun run = once();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("figlet: success rate 0.9900, mean latency 12.50 ms, 100 requests")
        .contains("env: success rate 1.0000, mean latency 0.00 ms, 0 requests");
  }

  @Test
  void exitsWithOneAndTheErrorWhenTheRunFails() throws IOException {
    Files.writeString(standIn.resolveSibling("k6-standin.env"), "STANDIN_EXIT=99\n");

    CliRun run = once("--json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("k6 failed", "exit code 99");
  }

  @Test
  void refusesATargetNameThatWouldEscapeTheWorkspaceAsRunDoes() {
    CliRun run =
        CliRun.withEnv(
            dir,
            Map.of("LB_RUN_HOST", "../x"),
            "once",
            "-c",
            "campaign.yaml",
            "--config=figlet=20");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("target name \"../x\"", "LB_RUN_HOST");
    assertThat(dir.resolve("ws")).doesNotExist();
  }

  @Test
  void aTargetRunsInItsOwnWorkspaceFolder() throws IOException {
    Files.writeString(
        dir.resolve("campaign.yaml"),
        Files.readString(dir.resolve("campaign.yaml"))
            + "targets_mode: fleet\n"
            + "targets: [{name: light}, {name: heavy, k6_workspace_root: %s}]\n"
                .formatted(dir.resolve("ws-heavy")));

    CliRun light = once("--target", "light");
    CliRun heavy = once("--target", "heavy");

    assertThat(light.exitCode()).as(light.err()).isZero();
    assertThat(heavy.exitCode()).as(heavy.err()).isZero();
    // {k6_workspace_root}/{target}/{run_id}/{config_id}/, the target's name, not LB_RUN_HOST's.
    try (var light1 = Files.list(dir.resolve("ws/light/r1"));
        var heavy1 = Files.list(dir.resolve("ws-heavy/heavy/r1"))) {
      assertThat(light1.toList())
          .singleElement()
          .satisfies(ws -> assertThat(ws.resolve("summary.json")).exists());
      assertThat(heavy1.toList()).hasSize(1);
    }
    assertThat(dir.resolve("ws/node-1")).doesNotExist();
  }
}
