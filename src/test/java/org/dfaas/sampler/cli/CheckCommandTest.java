package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.StubHttpServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code check} in-process against stub gateway and Prometheus servers. */
class CheckCommandTest {

  private static final String VECTOR =
      "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
          + "{\"metric\":{},\"value\":[1,\"3.1\"]}]}}";

  @TempDir Path dir;
  private StubHttpServer gateway;
  private StubHttpServer prometheus;

  @AfterEach
  void stop() {
    if (gateway != null) {
      gateway.close();
      prometheus.close();
    }
  }

  private void start(int gatewayStatus) throws Exception {
    start(gatewayStatus, Path.of("src/test/resources/k6/k6-standin").toAbsolutePath().toString());
  }

  private void start(int gatewayStatus, String k6Binary) throws Exception {
    String functions =
        Files.readString(Path.of("src/test/resources/fixtures/openfaas/system-functions.json"));
    gateway = new StubHttpServer(request -> Reply.json(gatewayStatus, functions));
    prometheus = new StubHttpServer(request -> Reply.json(200, VECTOR));
    Files.writeString(
        dir.resolve("c.yaml"),
        "gateway_url: "
            + gateway.url()
            + "\nprometheus_url: "
            + prometheus.url()
            + "\nfunctions: [{name: figlet}, {name: env}]\n"
            + "openfaas_password: s3cret\n"
            + "k6_executor: local\n"
            + "k6_binary: "
            + k6Binary
            + "\n");
  }

  @Test
  void printsOneLinePerPartAndExitsZeroWhenNothingFails() throws Exception {
    start(200);

    CliRun run = CliRun.of(dir, "check", "-c", "c.yaml");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("k6         OK   k6 v0.54.0 (go1.23.1, linux/amd64) (local executor)")
        .contains("gateway    OK")
        .contains("  figlet: 3 replicas")
        .contains("prometheus OK   8 queries returned data")
        .contains("  cpu_usage_node: 3.1 %")
        .contains("  ram_usage_node: 3 B")
        .contains("  cpu_count_node: 3 cores")
        .doesNotContain("embedded");
    assertThat(run.err()).contains("replicas_overload_threshold is 15").doesNotContain("s3cret");
    assertThat(run.out()).doesNotContain("s3cret");
  }

  @Test
  void aGatewayThatCannotBeReadLeavesDeploymentUnknownNotDenied() throws Exception {
    start(401);

    CliRun run = CliRun.of(dir, "check", "-c", "c.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("gateway    FAIL")
        .contains("  figlet: unknown (the gateway's function list could not be read)")
        .doesNotContain("not deployed");
  }

  @ParameterizedTest
  @CsvSource({"sandbox, the sandbox's own use", "local, this machine's /proc"})
  void embeddedPartsAreNamedAsTheStandInsTheyAre(String source, String measured) throws Exception {
    Files.writeString(
        dir.resolve("quick.yaml"),
        "load_generator: builtin\nplatform: sandbox\nmetrics_source: "
            + source
            + "\nfunctions: [{name: figlet}]\n");

    CliRun run = CliRun.of(dir, "check", "-c", "quick.yaml");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("load       OK   embedded: built-in load generator")
        .contains("platform   OK   embedded: sandbox platform; ")
        .contains("metrics    OK   embedded: " + measured + ", no Prometheus; ")
        .containsPattern("  ram_usage_node: [0-9.]+ (B|KiB|MiB|GiB|TiB)")
        .containsPattern("  ram_usage_node_pct: [0-9.]+ %")
        .doesNotContain("prometheus OK", "ssh executor", "k6         OK");
    JsonNode json =
        new ObjectMapper().readTree(CliRun.of(dir, "check", "-c", "quick.yaml", "--json").out());
    assertThat(json.at("/prometheus/embedded").asBoolean()).isTrue();
    assertThat(json.at("/prometheus/queries/ram_usage_node/value").isNumber()).isTrue();
  }

  @Test
  void jsonHasEveryPartAndARefusedGatewayExitsOne() throws Exception {
    start(401);

    CliRun run = CliRun.of(dir, "check", "-c", "c.yaml", "--json");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.at("/gateway/ok").asBoolean()).isFalse();
    assertThat(json.at("/gateway/detail").asText()).contains("HTTP 401");
    assertThat(json.at("/gateway/functions/figlet/deployed").isNull()).isTrue();
    assertThat(json.at("/gateway/embedded").asBoolean()).isFalse();
    assertThat(json.at("/prometheus/ok").asBoolean()).isTrue();
    assertThat(json.at("/prometheus/queries/cpu_usage_node/value").asDouble()).isEqualTo(3.1);
    assertThat(json.at("/k6/ok").asBoolean()).isTrue();
  }

  @Test
  void aK6ThatCannotBeStartedFailsTheCheck() throws Exception {
    start(200, dir.resolve("no-k6").toString());

    CliRun run = CliRun.of(dir, "check", "-c", "c.yaml", "--json");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.at("/k6/ok").asBoolean()).isFalse();
    assertThat(json.at("/k6/detail").asText()).contains("cannot start k6", "no-k6");
    assertThat(json.at("/gateway/ok").asBoolean()).isTrue();
  }

  @Test
  void checksEveryTargetAndNamesTheOneThatFailed() throws Exception {
    start(200);
    StubHttpServer refusing = new StubHttpServer(request -> Reply.json(401, "{}"));
    try (refusing) {
      Files.writeString(
          dir.resolve("fleet.yaml"),
          Files.readString(dir.resolve("c.yaml"))
              + "targets_mode: fleet\n"
              + "targets:\n"
              + "  - {name: good, node_type: LIGHT}\n"
              + "  - {name: broken, gateway_url: '"
              + refusing.url()
              + "'}\n");

      CliRun text = CliRun.of(dir, "check", "-c", "fleet.yaml");
      CliRun json = CliRun.of(dir, "check", "-c", "fleet.yaml", "--json");

      assertThat(text.exitCode()).as(text.out() + text.err()).isEqualTo(1);
      assertThat(text.out())
          .contains("== target good (LIGHT): OK")
          .contains("== target broken: FAIL")
          .contains("gateway    FAIL")
          .endsWith("failed: broken (1 of 2 targets)\n")
          .doesNotContain("s3cret");
      assertThat(json.exitCode()).isEqualTo(1);
      JsonNode report = new ObjectMapper().readTree(json.out());
      assertThat(report.at("/failed/0").asText()).isEqualTo("broken");
      assertThat(report.at("/failed").size()).isEqualTo(1);
      assertThat(report.at("/targets/good/ok").asBoolean()).isTrue();
      assertThat(report.at("/targets/broken/ok").asBoolean()).isFalse();
      assertThat(report.at("/targets/broken/gateway/detail").asText()).contains("HTTP 401");
    }
  }

  @Test
  void aTargetWhosePartsCannotBeBuiltIsAFailedCheckAndTheOthersAreChecked() throws Exception {
    start(200);
    Files.writeString(
        dir.resolve("fleet.yaml"),
        Files.readString(dir.resolve("c.yaml"))
            + "targets_mode: pool\n"
            + "targets:\n"
            + "  - {name: nokey, k6_executor: ssh, k6_ssh_key: /nonexistent/key, k6_host: 192.0.2.1}\n"
            + "  - {name: good}\n");

    CliRun run = CliRun.of(dir, "check", "-c", "fleet.yaml");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("== target nokey: FAIL")
        .contains("== target good: OK")
        .contains("failed: nokey (1 of 2 targets)");
  }
}
