package org.dfaas.sampler.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.dfaas.sampler.BoundedHttp;
import org.dfaas.sampler.FakeTime;
import org.dfaas.sampler.Secrets;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.StubHttpServer.Reply;
import org.dfaas.sampler.config.PrometheusSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client against a scripted HTTP stub: values, the retry on empty results, every fault. */
class PrometheusClientTest {

  private static final String PROMQL = "sum(rate(x{a=\"b\"}[30s]))";
  private final FakeTime time = new FakeTime();
  private StubHttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private PrometheusClient client(StubHttpServer.Handler handler, Duration timeout)
      throws Exception {
    server = new StubHttpServer(handler);
    return new PrometheusClient(
        server.url() + "/",
        new PrometheusClient.Options(
            timeout, Duration.ofSeconds(30), Duration.ofSeconds(1), "Bearer s3cret", time, time));
  }

  private PrometheusClient client(StubHttpServer.Handler handler) throws Exception {
    return client(handler, Duration.ofSeconds(5));
  }

  private static String vector(String... values) {
    StringBuilder series = new StringBuilder();
    for (String value : values) {
      series
          .append(series.length() == 0 ? "" : ",")
          .append("{\"metric\":{},\"value\":[1700000000.1,\"")
          .append(value)
          .append("\"]}");
    }
    return "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
        + series
        + "]}}";
  }

  @Test
  void instantQueryReturnsTheSumOfItsSeriesAndSendsQueryTimeoutAndToken() throws Exception {
    PrometheusClient client = client(request -> Reply.json(200, vector("3.25", "999")));

    assertThat(client.instant("cpu_usage_node", PROMQL)).isEqualTo(1002.25);

    StubHttpServer.Request request = server.requests().get(0);
    String form = URLDecoder.decode(request.body(), StandardCharsets.UTF_8);
    assertThat(request.uri()).isEqualTo("/api/v1/query");
    assertThat(form).contains("query=" + PROMQL).contains("timeout=5000ms");
    assertThat(request.authorization()).isEqualTo("Bearer s3cret");
  }

  @Test
  void rangeQueryReturnsTheMeanOfThePointwiseSumOfItsSeries() throws Exception {
    String matrix =
        "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
            + "{\"metric\":{},\"values\":[[1,\"1\"],[2,\"2\"],[3,\"6\"]]},"
            + "{\"metric\":{},\"values\":[[1,\"100\"]]}]}}";
    PrometheusClient client = client(request -> Reply.json(200, matrix));

    double value =
        client.range(
            "ram_usage_node",
            PROMQL,
            Instant.ofEpochMilli(1_700_000_000_500L),
            Instant.ofEpochMilli(1_700_000_030_000L),
            Duration.ofSeconds(10));

    // Sums per time: 1+100, 2, 6.
    assertThat(value).isEqualTo((101.0 + 2 + 6) / 3);
    String form = URLDecoder.decode(server.requests().get(0).body(), StandardCharsets.UTF_8);
    assertThat(server.requests().get(0).uri()).isEqualTo("/api/v1/query_range");
    assertThat(form)
        .contains("start=1700000000.500")
        .contains("end=1700000030.000")
        .contains("step=10.000");
  }

  @ParameterizedTest
  @CsvSource({"NaN, NaN", "+Inf, Infinity", "-Inf, -Infinity", "1e3, 1000"})
  void parsesPrometheusFloats(String text, double expected) throws Exception {
    PrometheusClient client = client(request -> Reply.json(200, vector(text)));

    assertThat(Double.valueOf(client.instant("q", PROMQL))).isEqualTo(Double.valueOf(expected));
  }

  @Test
  void asksAgainWhileTheResultIsEmpty() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    String empty = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}";
    PrometheusClient client =
        client(request -> Reply.json(200, calls.incrementAndGet() < 4 ? empty : vector("7")));

    assertThat(client.instant("q", PROMQL)).isEqualTo(7);
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void anEmptyResultPastTheRetryTimeIsAnErrorNamingTheQuery() throws Exception {
    String empty = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}";
    PrometheusClient client = client(request -> Reply.json(200, empty));

    assertThatThrownBy(
            () ->
                client.range(
                    "ram_usage_function",
                    PROMQL,
                    time.instant(),
                    time.instant(),
                    Duration.ofSeconds(10)))
        .isInstanceOf(PrometheusQueryException.class)
        .hasMessageContaining("ram_usage_function")
        .hasMessageContaining("stayed empty for 30 s")
        .hasMessageContaining(PROMQL);
    assertThat(server.requests()).hasSize(31);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "400|bad_data|invalid parameter \"query\": 1:5: parse error",
        "422|execution|query processing would load too many samples",
        "503|timeout|query timed out in expression evaluation"
      })
  void prometheusErrorEnvelopesBecomeErrorsWithTypeAndMessage(
      int status, String errorType, String error) throws Exception {
    String body =
        "{\"status\":\"error\",\"errorType\":\""
            + errorType
            + "\",\"error\":\""
            + error.replace("\"", "\\\"")
            + "\"}";
    PrometheusClient client = client(request -> Reply.json(status, body));

    assertThatThrownBy(() -> client.instant("cpu_usage_function", PROMQL))
        .isInstanceOf(PrometheusQueryException.class)
        .hasMessageContaining("cpu_usage_function")
        .hasMessageContaining("HTTP " + status + ", " + errorType + ": " + error)
        .hasMessageContaining(PROMQL)
        .satisfies(e -> assertThat(((PrometheusQueryException) e).promql()).isEqualTo(PROMQL));
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void anHttpErrorWithoutEnvelopeShowsTheBody() throws Exception {
    PrometheusClient client = client(request -> Reply.json(500, "internal failure"));

    assertThatThrownBy(() -> client.instant("q", PROMQL))
        .isInstanceOf(PrometheusQueryException.class)
        .hasMessageContaining("HTTP 500")
        .hasMessageContaining("internal failure")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void malformedJsonIsAnError() throws Exception {
    PrometheusClient client = client(request -> Reply.json(200, "{\"status\":\"succ"));

    assertThatThrownBy(() -> client.instant("q", PROMQL))
        .isInstanceOf(PrometheusQueryException.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void aResultOfTheWrongShapeIsAnError() throws Exception {
    PrometheusClient client =
        client(
            request ->
                Reply.json(
                    200,
                    "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"value\":[1]}]}}"));

    assertThatThrownBy(() -> client.instant("q", PROMQL))
        .isInstanceOf(PrometheusQueryException.class)
        .hasMessageContaining("unexpected reply");
  }

  @Test
  void aReplySlowerThanTheTimeoutIsAnError() throws Exception {
    PrometheusClient client =
        client(request -> new Reply(200, vector("1"), 2_000), Duration.ofMillis(200));

    long started = System.nanoTime();
    assertThatThrownBy(() -> client.instant("q", PROMQL))
        .isInstanceOf(PrometheusQueryException.class)
        .hasMessageContaining("no reply")
        .hasMessageContaining("200 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
  }

  @Test
  void aReplyThatStallsAfterItsHeadersEndsAtTheTimeout() throws Exception {
    PrometheusClient client =
        client(request -> Reply.stallingAfterHeaders(200, vector("1")), Duration.ofMillis(300));

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> client.instant("q", PROMQL))
                .isInstanceOf(PrometheusQueryException.class)
                .hasMessageContaining("no reply")
                .hasMessageContaining("300 ms"));
  }

  @Test
  void aReplyLargerThanTheCapIsAnErrorNotAFullHeap() throws Exception {
    String huge =
        "{\"status\":\"success\",\"pad\":\"" + "x".repeat(BoundedHttp.MAX_BODY_BYTES) + "\"}";
    PrometheusClient client = client(request -> Reply.json(200, huge));

    assertThatThrownBy(() -> client.instant("q", PROMQL))
        .isInstanceOf(PrometheusQueryException.class)
        .hasMessageContaining("larger than " + BoundedHttp.MAX_BODY_BYTES + " bytes");
  }

  @Test
  void anUnreachableServerIsAnError() throws Exception {
    PrometheusClient client = client(request -> Reply.json(200, vector("1")));
    server.close();

    assertThatThrownBy(() -> client.instant("q", PROMQL))
        .isInstanceOf(PrometheusQueryException.class)
        .hasMessageContaining("cannot reach");
  }

  @Test
  void aConfigWithCredentialFilesSendsBasicAuthOrABearerToken(@TempDir Path dir) throws Exception {
    Path password = Files.writeString(dir.resolve("pw"), "pw\n");
    Path token = Files.writeString(dir.resolve("token"), "tok\n");
    server = new StubHttpServer(request -> Reply.json(200, vector("1")));

    PrometheusClient.create(server.url(), new PrometheusSettings(0, 1, 5, "reader", password, null))
        .instant("q", "up");
    PrometheusClient.create(server.url(), new PrometheusSettings(0, 1, 5, null, null, token))
        .instant("q", "up");
    PrometheusClient.create(server.url(), PrometheusSettings.DEFAULTS).instant("q", "up");

    assertThat(server.requests())
        .extracting(StubHttpServer.Request::authorization)
        .containsExactly(Secrets.basic("reader", "pw"), "Bearer tok", null);
    assertThat(server.requests().get(0).body()).contains("timeout=5000ms");
  }

  @Test
  void optionsNeverShowTheCredentials() {
    PrometheusClient.Options options =
        new PrometheusClient.Options(
            Duration.ofSeconds(1),
            Duration.ZERO,
            Duration.ofSeconds(1),
            "Basic c2VjcmV0",
            time,
            time);

    assertThat(options.toString()).doesNotContain("c2VjcmV0");
  }
}
