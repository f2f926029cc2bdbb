package org.dfaas.sampler.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.dfaas.sampler.FakeTime;
import org.dfaas.sampler.LogCapture;
import org.dfaas.sampler.Secrets;
import org.dfaas.sampler.StubHttpServer.Request;
import org.dfaas.sampler.platform.DeployedFunction.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link FunctionDeployer} against a stub gateway over real HTTP that checks auth and bodies. */
class FunctionDeployerTest {

  private static final String PASSWORD = "pa$$ word";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final FunctionImage FIGLET =
      new FunctionImage("ghcr.io/openfaas/figlet:latest", "figlet");

  private final FakeTime time = new FakeTime();
  private StubGateway gateway;

  @AfterEach
  void stop() throws Exception {
    gateway.close();
  }

  private FunctionDeployer deployer(String password) {
    return new FunctionDeployer(
        new OpenFaasGateway(gateway.url(), null, Secrets.basic("admin", password), TIMEOUT),
        time,
        time);
  }

  /** Deploys figlet from {@code image} with {@code password}, ready within 3 s. */
  private List<DeployedFunction> deployFiglet(String password, FunctionImage image) {
    return deployer(password)
        .deploy(List.of(FunctionDeployment.of("figlet", null, image)), Duration.ofSeconds(3));
  }

  private List<String> sent() {
    return gateway.server().requests().stream()
        .map(Request::method)
        .filter(method -> !method.equals("GET"))
        .toList();
  }

  @Test
  void createsAnAbsentFunctionWithTheDocumentedBodyAndWaitsForItsReplica() throws Exception {
    gateway = new StubGateway(PASSWORD);
    List<DeployedFunction> deployed;
    try (LogCapture log = new LogCapture(FunctionDeployer.class)) {
      deployed = deployFiglet(PASSWORD, FIGLET);

      assertThat(log.lines())
          .containsExactly("INFO function figlet: created (ghcr.io/openfaas/figlet:latest)");
    }

    assertThat(deployed)
        .singleElement()
        .extracting(DeployedFunction::action)
        .isEqualTo(Action.CREATED);
    assertThat(sent()).containsExactly("POST");
    JsonNode body = new ObjectMapper().readTree(gateway.server().requests().get(1).body());
    assertThat(body.path("service").asText()).isEqualTo("figlet");
    assertThat(body.path("image").asText()).isEqualTo("ghcr.io/openfaas/figlet:latest");
    assertThat(body.path("envProcess").asText()).isEqualTo("figlet");
    assertThat(body.path("labels").path(FunctionDeployment.DEPLOYED_BY_LABEL).asText())
        .isEqualTo("dfaas-sampler");
    assertThat(body.has("namespace")).isFalse();
    assertThat(gateway.server().requests())
        .allSatisfy(r -> assertThat(r.authorization()).isEqualTo(Secrets.basic("admin", PASSWORD)));
  }

  @Test
  void leavesAFunctionRunningTheSameImageAsItIsAndUpdatesOneRunningAnother() throws Exception {
    gateway =
        new StubGateway(PASSWORD)
            .with("figlet", "ghcr.io/openfaas/figlet:latest", "figlet")
            .with("env", "ghcr.io/openfaas/alpine:0.1", "env");
    FunctionImage env = new FunctionImage("ghcr.io/openfaas/alpine:latest", "env");

    List<DeployedFunction> deployed =
        deployer(PASSWORD)
            .deploy(
                List.of(
                    FunctionDeployment.of("figlet", null, FIGLET),
                    FunctionDeployment.of("env", null, env)),
                Duration.ofSeconds(5));

    assertThat(deployed)
        .extracting(DeployedFunction::action)
        .containsExactly(Action.UNCHANGED, Action.UPDATED);
    assertThat(deployed.get(1).previousImage()).isEqualTo("ghcr.io/openfaas/alpine:0.1");
    assertThat(sent()).containsExactly("PUT");
    assertThat(gateway.deployed("env").path("image").asText())
        .isEqualTo("ghcr.io/openfaas/alpine:latest");
  }

  @Test
  void aNamespacedNameIsSplitAndItsPartsEncodedIntoTheUrlAndBody() throws Exception {
    gateway = new StubGateway(PASSWORD);

    deployer(PASSWORD)
        .deploy(
            List.of(FunctionDeployment.of("figlet.openfaas-fn", "other", FIGLET)),
            Duration.ofSeconds(5));

    assertThat(gateway.server().requests().get(0).uri())
        .isEqualTo("/system/function/figlet?namespace=openfaas-fn");
    JsonNode body = new ObjectMapper().readTree(gateway.deployed("figlet").toString());
    assertThat(body.path("namespace").asText()).isEqualTo("openfaas-fn");
  }

  @Test
  void aFunctionWithoutAReadyReplicaByTheDeadlineIsNamed() throws Exception {
    gateway = new StubGateway(PASSWORD);
    gateway.ready(false);

    assertThatThrownBy(() -> deployFiglet(PASSWORD, FIGLET))
        .isInstanceOf(GatewayException.class)
        .hasMessageContaining("not ready within 3 s")
        .hasMessageContaining("figlet (ghcr.io/openfaas/figlet:latest)");
    assertThat(time.sleeps()).hasSize(3);
  }

  @Test
  void aWrongPasswordIsRefusedBeforeAnythingIsDeployedAndNeverShown() throws Exception {
    gateway = new StubGateway(PASSWORD);

    assertThatThrownBy(() -> deployFiglet("wrong-secret", FIGLET))
        .isInstanceOf(GatewayException.class)
        .hasMessageContaining("HTTP 401, credentials refused")
        .hasMessageNotContaining("wrong-secret");
    assertThat(sent()).isEmpty();
  }

  @Test
  void aRefusedDeploymentNamesTheFunctionAndImage() throws Exception {
    gateway = new StubGateway(PASSWORD);

    assertThatThrownBy(() -> deployFiglet(PASSWORD, new FunctionImage("", null)))
        .isInstanceOfSatisfying(
            GatewayException.class,
            e -> {
              assertThat(e.getMessage()).contains("HTTP 400", "service and image are required");
              assertThat(e.hint()).contains("create function figlet");
            });
  }
}
