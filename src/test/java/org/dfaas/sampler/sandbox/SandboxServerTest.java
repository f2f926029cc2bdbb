package org.dfaas.sampler.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.dfaas.sampler.platform.FunctionStatus;
import org.dfaas.sampler.platform.GatewayException;
import org.dfaas.sampler.platform.OpenFaasGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox's gateway surface, read through the real OpenFaaS gateway client. */
class SandboxServerTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong nanos = new AtomicLong(1_000 * SECOND);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private SandboxServer sandbox;

  private SandboxServer start(int maxInflight) throws Exception {
    sandbox =
        SandboxServer.start(
            new SandboxOptions(maxInflight, 20, Duration.ofSeconds(2), 48, nanos::get));
    return sandbox;
  }

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private OpenFaasGateway client() {
    return new OpenFaasGateway(sandbox.url(), null, sandbox.authorization(), TIMEOUT);
  }

  private HttpResponse<String> invoke(String function, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(sandbox.url() + "/function/" + function))
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listsItsFunctionsWithOneReplicaEachThroughTheGatewayClient() throws Exception {
    start(2);

    List<FunctionStatus> functions = client().functions();

    assertThat(functions)
        .extracting(FunctionStatus::name)
        .containsExactly("figlet", "shasum", "env", "alloc", "cpu");
    assertThat(functions).allMatch(f -> f.replicas() == 1 && f.maxReplicas() == 5);
    assertThat(client().replicas(List.of("cpu", "nope"))).isEqualTo(Map.of("cpu", 1, "nope", 0));
  }

  @Test
  void refusesTheFunctionListWithoutOrWithWrongCredentials() throws Exception {
    start(2);

    assertThatThrownBy(() -> new OpenFaasGateway(sandbox.url(), null, null, TIMEOUT).functions())
        .isInstanceOf(GatewayException.class)
        .hasMessageContaining("HTTP 401");
    String wrong = org.dfaas.sampler.Secrets.basic("admin", "guess");
    assertThatThrownBy(() -> new OpenFaasGateway(sandbox.url(), null, wrong, TIMEOUT).functions())
        .isInstanceOf(GatewayException.class)
        .hasMessageContaining("credentials refused");
    assertThat(sandbox.toString()).doesNotContain(sandbox.authorization().substring(6));
  }

  @Test
  void functionsDoRealWork() throws Exception {
    start(2);

    assertThat(invoke("shasum", "abc").body())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  -\n");
    assertThat(invoke("figlet", "Hi").body())
        .isEqualTo("# # ###\n# #  #\n###  #\n# #  #\n# # ###\n");
    assertThat(invoke("env", "").body()).contains("fprocess=env").doesNotContain("Authorization");
    assertThat(invoke("alloc", "").body()).startsWith(SandboxFunction.ALLOC_BYTES + " bytes");
    assertThat(invoke("cpu", "x").body()).hasSize(65);
    assertThat(invoke("nope", "").statusCode()).isEqualTo(404);
    assertThat(sandbox.usage("cpu").orElseThrow().cpuNanos()).isPositive();
    // 8 MiB held for at least a microsecond.
    assertThat(sandbox.usage("alloc").orElseThrow().heldByteMicros())
        .isGreaterThanOrEqualTo(SandboxFunction.ALLOC_BYTES);
  }

  @Test
  void answers413ToARequestBodyPastTheLimit() throws Exception {
    start(1);

    HttpResponse<String> reply = invoke("cpu", "x".repeat(FunctionEndpoint.MAX_REQUEST_BYTES + 1));

    assertThat(reply.statusCode()).isEqualTo(413);
    assertThat(invoke("cpu", "x".repeat(1000)).statusCode()).isEqualTo(200);
  }

  @Test
  void answers429BeyondMaxInflightPerReplica() throws Exception {
    start(1);
    List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      replies.add(
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(sandbox.url() + "/function/cpu"))
                  .timeout(TIMEOUT)
                  .POST(HttpRequest.BodyPublishers.ofString("x" + i))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }

    List<Integer> statuses = replies.stream().map(f -> f.join().statusCode()).toList();

    assertThat(statuses).contains(200, 429).containsOnly(200, 429);
    assertThat(client().functions().stream().filter(f -> f.isNamed("cpu")).findFirst())
        .hasValueSatisfying(f -> assertThat(f.invocationCount()).isEqualTo(30));
  }

  @Test
  void scalesUpOnTheRateOfTheLastSecondAndDownAfterTheDelay() throws Exception {
    start(2);
    for (int i = 0; i < 70; i++) {
      assertThat(invoke("figlet", "a").statusCode()).isEqualTo(200);
    }
    assertThat(client().replicas(List.of("figlet"))).containsEntry("figlet", 1);

    nanos.addAndGet(SECOND);
    assertThat(client().replicas(List.of("figlet", "env")))
        .containsEntry("figlet", 4)
        .containsEntry("env", 1);

    nanos.addAndGet(SECOND * 3 / 2);
    assertThat(client().replicas(List.of("figlet"))).containsEntry("figlet", 4);

    nanos.addAndGet(SECOND);
    assertThat(client().replicas(List.of("figlet"))).containsEntry("figlet", 1);
  }

  @Test
  void neverScalesBeyondTheCommunityEditionCap() {
    AtomicLong clock = new AtomicLong();
    ReplicaScaler scaler = new ReplicaScaler(1, Duration.ofSeconds(1), clock::get);
    for (int i = 0; i < 1000; i++) {
      scaler.recordRequest();
    }
    clock.addAndGet(SECOND);

    assertThat(scaler.replicas()).isEqualTo(ReplicaScaler.MAX_REPLICAS);
  }
}
