package org.dfaas.sampler.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.BoundedHttp;
import org.dfaas.sampler.LogCapture;
import org.dfaas.sampler.Secrets;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.StubHttpServer.Reply;
import org.dfaas.sampler.config.GatewaySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway client against a stub serving the fixture of a real gateway, and its faults. */
class OpenFaasGatewayTest {

  private static final String FIXTURE =
      "src/test/resources/fixtures/openfaas/system-functions.json";
  private StubHttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private OpenFaasGateway gateway(StubHttpServer.Handler handler, String namespace)
      throws Exception {
    return gateway(handler, namespace, Duration.ofSeconds(5));
  }

  private OpenFaasGateway gateway(
      StubHttpServer.Handler handler, String namespace, Duration timeout) throws Exception {
    server = new StubHttpServer(handler);
    return new OpenFaasGateway(server.url(), namespace, Secrets.basic("admin", "pw"), timeout);
  }

  private static Reply fixture() throws Exception {
    return Reply.json(200, Files.readString(Path.of(FIXTURE)));
  }

  @Test
  void readsTheFixtureWithAbsentCountsAsZero() throws Exception {
    OpenFaasGateway gateway = gateway(request -> fixture(), null);

    assertThat(gateway.functions())
        .containsExactly(
            new FunctionStatus("figlet", "openfaas-fn", 3, 2, 1842, 5),
            new FunctionStatus("env", "openfaas-fn", 0, 0, 0, 0));
    assertThat(server.requests().get(0).uri()).isEqualTo("/system/functions");
    assertThat(server.requests().get(0).authorization())
        .isEqualTo("Basic " + java.util.Base64.getEncoder().encodeToString("admin:pw".getBytes()));
  }

  @Test
  void asksForTheConfiguredNamespace() throws Exception {
    OpenFaasGateway gateway = gateway(request -> fixture(), "team-a");

    gateway.replicas(List.of("figlet"));

    assertThat(server.requests().get(0).uri()).isEqualTo("/system/functions?namespace=team-a");
  }

  @Test
  void givesReplicasByNameAndZeroWithAnErrorForAnUnknownFunction() throws Exception {
    OpenFaasGateway gateway = gateway(request -> fixture(), null);

    try (LogCapture log = new LogCapture(OpenFaasGateway.class)) {
      assertThat(gateway.replicas(List.of("figlet.openfaas-fn", "env", "qrcode")))
          .containsExactly(
              Map.entry("figlet.openfaas-fn", 3), Map.entry("env", 0), Map.entry("qrcode", 0));
      assertThat(log.lines())
          .singleElement()
          .asString()
          .startsWith("ERROR function qrcode is not deployed");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"-7", "2.5", "1e309", "-1e309", "4000000000", "1000001", "\"three\""})
  void aReplicaCountThatIsNoCountIsAGatewayFaultAndCountsAsZero(String count) throws Exception {
    OpenFaasGateway gateway =
        gateway(
            request ->
                Reply.json(
                    200,
                    "[{\"name\": \"figlet\", \"replicas\": "
                        + count
                        + ", \"availableReplicas\": "
                        + count
                        + "}]"),
            null);

    try (LogCapture log = new LogCapture(OpenFaasGateway.class)) {
      assertThat(gateway.replicas(List.of("figlet"))).containsExactly(Map.entry("figlet", 0));
      assertThat(gateway.functions().get(0).availableReplicas()).isZero();
      assertThat(log.lines())
          .isNotEmpty()
          .allSatisfy(
              line ->
                  assertThat(line)
                      .startsWith("ERROR")
                      .contains("figlet", "eplicas", "counts as 0"));
    }
  }

  @Test
  void refusedCredentialsAreAnErrorWithAHintAndNoPassword() throws Exception {
    OpenFaasGateway gateway = gateway(request -> Reply.json(401, "invalid credentials"), null);

    assertThatThrownBy(gateway::functions)
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.hint()).contains("openfaas_password_file"))
        .hasMessageContaining("HTTP 401")
        .hasMessageNotContaining("pw");
  }

  @Test
  void aServerErrorIsAnErrorAndReplicasCountAsZero() throws Exception {
    OpenFaasGateway gateway = gateway(request -> Reply.json(500, "upstream down"), null);

    assertThatThrownBy(gateway::functions).hasMessageContaining("HTTP 500: upstream down");
    try (LogCapture log = new LogCapture(OpenFaasGateway.class)) {
      assertThat(gateway.replicas(List.of("figlet"))).containsExactly(Map.entry("figlet", 0));
      assertThat(log.lines()).singleElement().asString().contains("ERROR", "HTTP 500");
    }
  }

  @Test
  void aSlowGatewayTimesOut() throws Exception {
    OpenFaasGateway gateway =
        gateway(request -> new Reply(200, "[]", 3_000), null, Duration.ofMillis(300));

    assertThatThrownBy(gateway::functions)
        .isInstanceOf(GatewayException.class)
        .hasMessageContaining("no reply within 300 ms");
  }

  @Test
  void aGatewayThatStallsAfterItsHeadersTimesOut() throws Exception {
    OpenFaasGateway gateway =
        gateway(request -> Reply.stallingAfterHeaders(200, "[]"), null, Duration.ofMillis(300));

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(gateway::functions)
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("no reply within 300 ms"));
  }

  @Test
  void aReplyLargerThanTheCapIsAnError() throws Exception {
    String huge = "[\"" + "x".repeat(BoundedHttp.MAX_BODY_BYTES) + "\"]";
    OpenFaasGateway gateway = gateway(request -> Reply.json(200, huge), null);

    assertThatThrownBy(gateway::functions)
        .isInstanceOf(GatewayException.class)
        .hasMessageContaining("larger than " + BoundedHttp.MAX_BODY_BYTES + " bytes");
  }

  @Test
  void aReplyThatIsNotAListIsAnError() throws Exception {
    assertThatThrownBy(gateway(request -> Reply.json(200, "{\"a\":1}"), null)::functions)
        .hasMessageContaining("not a list");
    server.close();
    assertThatThrownBy(gateway(request -> Reply.json(200, "<html>"), null)::functions)
        .hasMessageContaining("not JSON");
  }

  @Test
  void aClosedPortIsAnError() throws Exception {
    OpenFaasGateway gateway = gateway(request -> fixture(), null);
    server.close();

    assertThatThrownBy(gateway::functions).hasMessageContaining("cannot connect");
  }

  @Test
  void thePasswordComesFromTheFileThenTheConfigThenTheEnvironment(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("pw"), "from-file\n");
    server = new StubHttpServer(request -> Reply.json(200, "[]"));
    Map<String, String> env = Map.of("OPENFAAS_PASSWORD", "from-env");

    OpenFaasGateway.create(server.url(), new GatewaySettings(null, "admin", file, null), env)
        .functions();
    OpenFaasGateway.create(server.url(), new GatewaySettings(null, "admin", null, "cfg"), env)
        .functions();
    OpenFaasGateway.create(server.url(), GatewaySettings.DEFAULTS, env).functions();
    OpenFaasGateway.create(server.url(), GatewaySettings.DEFAULTS, Map.of()).functions();

    assertThat(server.requests())
        .extracting(StubHttpServer.Request::authorization)
        .containsExactly(
            Secrets.basic("admin", "from-file"),
            Secrets.basic("admin", "cfg"),
            Secrets.basic("admin", "from-env"),
            null);
  }

  @Test
  void anUnreadablePasswordFileIsAnErrorNamingTheKey(@TempDir Path dir) {
    Path missing = dir.resolve("none");
    assertThatThrownBy(
            () ->
                OpenFaasGateway.create(
                    "http://127.0.0.1:1",
                    new GatewaySettings(null, "admin", missing, null),
                    Map.of()))
        .hasMessageContaining("openfaas_password_file")
        .hasMessageContaining(missing.toString());
  }
}
