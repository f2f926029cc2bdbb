package org.dfaas.sampler.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.dfaas.sampler.FakeTime;
import org.dfaas.sampler.platform.DeployedFunction;
import org.dfaas.sampler.platform.DeployedFunction.Action;
import org.dfaas.sampler.platform.FunctionDeployer;
import org.dfaas.sampler.platform.FunctionDeployment;
import org.dfaas.sampler.platform.FunctionImage;
import org.dfaas.sampler.platform.OpenFaasGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox's deployment API, through the real deployer and raw HTTP for what it refuses. */
class SandboxDeployTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final FakeTime time = new FakeTime();
  private SandboxServer sandbox;

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<DeployedFunction> deploy(String image) {
    return new FunctionDeployer(
            new OpenFaasGateway(sandbox.url(), null, sandbox.authorization(), TIMEOUT), time, time)
        .deploy(
            List.of(FunctionDeployment.of("figlet", null, new FunctionImage(image, "figlet"))),
            TIMEOUT);
  }

  private HttpResponse<String> send(String method, String path, String body, boolean auth)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(sandbox.url() + path))
            .timeout(TIMEOUT)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (auth) {
      request.header("Authorization", sandbox.authorization());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBareSandboxServesAFunctionOnlyOnceItIsDeployedAndRecordsWhatWasAsked() throws Exception {
    sandbox = SandboxServer.start(SandboxOptions.DEFAULTS.withNothingDeployed());
    assertThat(send("POST", "/function/figlet", "hi", false).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/system/functions", null, true).body()).isEqualTo("[]");

    List<DeployedFunction> created = deploy("lab/figlet:1");
    List<DeployedFunction> updated = deploy("lab/figlet:2");

    assertThat(created.get(0).action()).isEqualTo(Action.CREATED);
    assertThat(updated.get(0).action()).isEqualTo(Action.UPDATED);
    assertThat(updated.get(0).previousImage()).isEqualTo("lab/figlet:1");
    assertThat(send("POST", "/function/figlet", "hi", false).statusCode()).isEqualTo(200);
    JsonNode described =
        new ObjectMapper().readTree(send("GET", "/system/function/figlet", null, true).body());
    assertThat(described.path("image").asText()).isEqualTo("lab/figlet:2");
    assertThat(described.path("envProcess").asText()).isEqualTo("figlet");
    assertThat(described.path("availableReplicas").asInt()).isEqualTo(1);
    assertThat(described.at("/labels/" + FunctionDeployment.DEPLOYED_BY_LABEL).asText())
        .isEqualTo("dfaas-sampler");
  }

  @Test
  void refusesWhatTheGatewayWouldRefuse() throws Exception {
    sandbox = SandboxServer.start(SandboxOptions.DEFAULTS);
    String figlet = "{\"service\":\"figlet\",\"image\":\"x/figlet:1\"}";

    assertThat(send("POST", "/system/functions", figlet, false).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/system/function/figlet", null, false).statusCode()).isEqualTo(401);
    assertThat(send("POST", "/system/functions", figlet, true).statusCode()).isEqualTo(409);
    assertThat(send("GET", "/system/function/nope", null, true).statusCode()).isEqualTo(404);
    assertThat(send("PUT", "/system/functions", "{\"service\":\"nope\",\"image\":\"a\"}", true))
        .extracting(HttpResponse::statusCode, HttpResponse::body)
        .containsExactly(
            400,
            "the sandbox platform runs only its own functions: figlet, shasum,"
                + " env, alloc, cpu\n");
    assertThat(send("PUT", "/system/functions", "[1]", true).statusCode()).isEqualTo(400);
    assertThat(send("PUT", "/system/functions", "{\"service\":\"figlet\"}", true).body())
        .isEqualTo("image must be a non-empty string\n");
    assertThat(send("DELETE", "/system/functions", null, true).statusCode()).isEqualTo(405);
    assertThat(send("PUT", "/system/functions", "x".repeat(70_000), true).statusCode())
        .isEqualTo(413);
  }
}
