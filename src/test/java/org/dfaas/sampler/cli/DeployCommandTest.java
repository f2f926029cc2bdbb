package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.StubHttpServer.Reply;
import org.dfaas.sampler.platform.StubGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deploy}, and {@code check} pointing at it, in-process against a stub gateway. */
class DeployCommandTest {

  private static final String PASSWORD = "s3cret-Pw";
  private static final Map<String, String> ENV = Map.of("OPENFAAS_PASSWORD", PASSWORD);
  private static final String VECTOR =
      "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
          + "{\"metric\":{},\"value\":[1,\"3.1\"]}]}}";

  @TempDir Path dir;
  private StubGateway gateway;

  @AfterEach
  void stop() {
    if (gateway != null) {
      gateway.close();
    }
  }

  private void config(String gatewayUrl, String functions) throws Exception {
    Files.writeString(
        dir.resolve("c.yaml"),
        "gateway_url: "
            + gatewayUrl
            + "\nfunctions: "
            + functions
            + "\nk6_executor: local\nk6_binary: "
            + Path.of("src/test/resources/k6/k6-standin").toAbsolutePath()
            + "\n");
  }

  private static void assertClean(CliRun run) {
    assertThat(run.out() + run.err()).doesNotContain(PASSWORD, "\tat org.", "Exception:");
  }

  @Test
  void checkNamesTheUndeployedFunctionsAndTheDeployCommandThatFixesThem() throws Exception {
    gateway = new StubGateway(PASSWORD);
    try (StubHttpServer prometheus = new StubHttpServer(request -> Reply.json(200, VECTOR))) {
      config(gateway.url(), "[{name: figlet}, {name: env}]");
      Files.writeString(
          dir.resolve("c.yaml"),
          "prometheus_url: " + prometheus.url() + "\n",
          java.nio.file.StandardOpenOption.APPEND);

      CliRun before = CliRun.withEnv(dir, ENV, "check", "-c", "c.yaml");
      CliRun deploy = CliRun.withEnv(dir, ENV, "deploy", "-c", "c.yaml");
      CliRun after = CliRun.withEnv(dir, ENV, "check", "-c", "c.yaml");

      assertThat(before.exitCode()).isEqualTo(1);
      assertThat(before.out())
          .contains("gateway    FAIL not deployed: figlet, env")
          .contains("  figlet: not deployed")
          .contains(
              "  fix: dfaas-sampler deploy -c c.yaml deploys figlet, env, which are not deployed");
      assertThat(deploy.exitCode()).as(deploy.out() + deploy.err()).isZero();
      assertThat(deploy.out())
          .contains("gateway " + gateway.url())
          .containsPattern(
              "  figlet  created    ghcr.io/openfaas/figlet:latest, ready in [0-9.]+ s")
          .containsPattern("  env     created    ghcr.io/openfaas/alpine:latest, ready in")
          .contains("2 function(s) ready: 2 created, 0 updated, 0 unchanged");
      assertThat(after.exitCode()).as(after.out()).isZero();
      assertThat(after.out()).contains("gateway    OK").doesNotContain("fix:");
      assertClean(before);
      assertClean(deploy);
    }
  }

  @Test
  void aSecondDeployChangesNothingAndAnotherImageIsAnUpdate() throws Exception {
    gateway = new StubGateway(PASSWORD);
    config(gateway.url(), "[{name: figlet}]");
    assertThat(CliRun.withEnv(dir, ENV, "deploy", "-c", "c.yaml").exitCode()).isZero();

    CliRun again = CliRun.withEnv(dir, ENV, "deploy", "-c", "c.yaml", "--json");
    config(gateway.url(), "[{name: figlet, image: 'registry.lab:5000/figlet:0.2'}]");
    CliRun updated = CliRun.withEnv(dir, ENV, "deploy", "-c", "c.yaml");

    JsonNode json = new ObjectMapper().readTree(again.out());
    assertThat(json.at("/functions/0/action").asText()).isEqualTo("unchanged");
    assertThat(json.at("/functions/0/image").asText()).isEqualTo("ghcr.io/openfaas/figlet:latest");
    assertThat(updated.out())
        .contains(
            "figlet  updated    registry.lab:5000/figlet:0.2 (was ghcr.io/openfaas/figlet:latest)");
    assertThat(gateway.deployed("figlet").path("image").asText())
        .isEqualTo("registry.lab:5000/figlet:0.2");
  }

  @Test
  void aFunctionWithNoImageIsRefusedBeforeAnythingIsSent() throws Exception {
    gateway = new StubGateway(PASSWORD);
    config(gateway.url(), "[{name: figlet}, {name: my-model}]");

    CliRun run = CliRun.withEnv(dir, ENV, "deploy", "-c", "c.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("error: no image to deploy functions[1] my-model from; nothing was deployed")
        .contains("hint: give each an image: key");
    assertThat(gateway.server().requests()).isEmpty();
    assertClean(run);
  }

  @Test
  void anImageThatIsNotAReferenceIsABadConfig() throws Exception {
    gateway = new StubGateway(PASSWORD);
    config(gateway.url(), "[{name: figlet, image: 'figlet:latest; rm -rf /'}]");

    CliRun run = CliRun.withEnv(dir, ENV, "deploy", "-c", "c.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("functions[0].image").contains("is not a container image");
    assertThat(gateway.server().requests()).isEmpty();
  }

  @Test
  void aTimeoutBelowOneSecondIsABadArgument() throws Exception {
    gateway = new StubGateway(PASSWORD);
    config(gateway.url(), "[{name: figlet}]");

    CliRun run = CliRun.withEnv(dir, ENV, "deploy", "-c", "c.yaml", "--timeout", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--timeout must be at least 1 second, got 0");
    assertThat(gateway.server().requests()).isEmpty();
  }

  @Test
  void aWrongPasswordExitsOneSayingSoWithoutShowingIt() throws Exception {
    gateway = new StubGateway("the-real-one");
    config(gateway.url(), "[{name: figlet}]");

    CliRun run = CliRun.withEnv(dir, ENV, "deploy", "-c", "c.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("HTTP 401, credentials refused")
        .contains("hint: set openfaas_user and openfaas_password_file");
    assertClean(run);
  }

  @Test
  void anUnreachableGatewayExitsOneNamingIt() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    config("http://127.0.0.1:" + port, "[{name: figlet}]");

    CliRun run = CliRun.withEnv(dir, ENV, "deploy", "-c", "c.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("127.0.0.1:" + port, "cannot connect");
    assertClean(run);
  }

  @Test
  void aFunctionNeverReadyExitsOneNamingItAfterTheTimeout() throws Exception {
    gateway = new StubGateway(PASSWORD);
    gateway.ready(false);
    config(gateway.url(), "[{name: figlet}]");

    CliRun run = CliRun.withEnv(dir, ENV, "deploy", "-c", "c.yaml", "--timeout", "1");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("not ready within 1 s (no available replica): figlet")
        .contains("hint: ");
    assertClean(run);
  }

  @Test
  void theQuickstartsSandboxAlreadyRunsItsFunctions() {
    CliRun run =
        CliRun.of(
            dir, "deploy", "-c", Path.of("examples/quickstart.yaml").toAbsolutePath().toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("  cpu     unchanged  dfaas-sampler/sandbox-cpu:latest")
        .contains("  figlet  unchanged  dfaas-sampler/sandbox-figlet:latest")
        .contains("2 function(s) ready: 0 created, 0 updated, 2 unchanged");
  }
}
