package org.dfaas.sampler.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over real HTTP on loopback: routes, access, and the stream of states. */
class DashboardServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
  private final ExecutorService reader = Executors.newSingleThreadExecutor();
  private DashboardServer server;

  @AfterEach
  void stop() {
    reader.shutdownNow();
    if (server != null) {
      server.close();
    }
  }

  @Test
  void streamsTheFoldersStateAndEachNewRowWithoutBeingAskedAgain() throws Exception {
    DashboardFolder folder = new DashboardFolder(dir.resolve("out")).row(10, 0, false);
    server = start(folder.path(), Optional.empty());
    HttpResponse<java.io.InputStream> events = get("/events", null, java.io.InputStream.class);
    BufferedReader stream =
        new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8));

    JsonNode first = nextState(stream, s -> s.path("rows").asInt() == 1);
    folder.row(10, 20, true);
    JsonNode second = nextState(stream, s -> s.path("rows").asInt() == 2);

    assertThat(events.headers().firstValue("Content-Type"))
        .hasValue("text/event-stream; charset=utf-8");
    assertThat(first.path("tally").path("measured").asInt()).isEqualTo(1);
    assertThat(second.path("tally").path("measured overloaded").asInt()).isEqualTo(1);
    assertThat(second.path("latest").get(1).path("configuration").asText()).isEqualTo("a=10, b=20");
    assertThat(second.path("state").asText()).isEqualTo("stopped");
  }

  @Test
  void namesTheTargetFoldersOfAFleetsFolder() throws Exception {
    Path fleet = dir.resolve("fleet");
    new DashboardFolder(fleet.resolve("light")).append("campaign.yaml", "functions: []\n");
    new DashboardFolder(fleet.resolve("heavy")).append("campaign.yaml", "functions: []\n");
    server = start(fleet, Optional.empty());
    BufferedReader stream =
        new BufferedReader(
            new InputStreamReader(
                get("/events", null, java.io.InputStream.class).body(), StandardCharsets.UTF_8));

    JsonNode state = nextState(stream, s -> s.has("stateWhy"));

    assertThat(state.path("state").asText()).isEqualTo("waiting");
    assertThat(state.path("stateWhy").asText())
        .contains("a fleet's folder", "(heavy, light)", "dashboard " + fleet.resolve("heavy"));
  }

  @Test
  void servesThePageItsScriptAndTheReportsChartsOnly() throws Exception {
    DashboardFolder folder = new DashboardFolder(dir.resolve("out")).row(10, 0, false);
    server = start(folder.path(), Optional.empty());
    BufferedReader stream =
        new BufferedReader(
            new InputStreamReader(
                get("/events", null, java.io.InputStream.class).body(), StandardCharsets.UTF_8));
    nextState(stream, s -> s.path("charts").size() > 0);

    HttpResponse<String> page = get("/", null, String.class);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"dashboard.js\"", "id=\"state\"");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'", "connect-src 'self'");
    assertThat(get("/dashboard.js", null, String.class).body())
        .contains("new EventSource(\"events\")");
    HttpResponse<byte[]> chart = get("/chart/0.png", null, byte[].class);
    assertThat(chart.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(chart.body()).startsWith(0x89, 'P', 'N', 'G');
    assertThat(get("/chart/99.png", null, String.class).statusCode()).isEqualTo(404);
    assertThat(get("/results.csv", null, String.class).statusCode()).isEqualTo(404);
  }

  @Test
  void refusesPathsThatClimbOutOfItsRoutes() throws Exception {
    server = start(new DashboardFolder(dir.resolve("out")).path(), Optional.empty());

    for (String path :
        new String[] {"/../results.csv", "/chart/../../etc/passwd", "/%2e%2e/results.csv"}) {
      assertThat(raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
          .as(path)
          .startsWith("HTTP/1.1 400");
    }
  }

  @Test
  void withoutATokenAnswersLoopbackNamesOnly() throws Exception {
    server = start(new DashboardFolder(dir.resolve("out")).path(), Optional.empty());

    assertThat(raw("GET / HTTP/1.1\r\nHost: attacker.example:" + server.port() + "\r\n\r\n"))
        .startsWith("HTTP/1.1 403");
    assertThat(raw("GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n\r\n"))
        .startsWith("HTTP/1.1 200");
  }

  @Test
  void withATokenRefusesEveryRequestThatLacksIt() throws Exception {
    AccessToken token = AccessToken.of("s3cret-token");
    server = start(new DashboardFolder(dir.resolve("out")).path(), Optional.of(token));

    assertThat(get("/", null, String.class).statusCode()).isEqualTo(401);
    assertThat(get("/events", null, String.class).statusCode()).isEqualTo(401);
    assertThat(get("/?token=wrong", null, String.class).statusCode()).isEqualTo(401);
    HttpResponse<String> withToken = get("/?token=s3cret-token", null, String.class);
    assertThat(withToken.statusCode()).isEqualTo(200);
    String cookie = withToken.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Strict");
    assertThat(get("/dashboard.js", cookie.split(";")[0], String.class).statusCode())
        .isEqualTo(200);
    assertThat(server.uri().toString()).endsWith("/?token=s3cret-token");
    assertThat(token.toString()).doesNotContain("s3cret");
  }

  private DashboardServer start(Path folder, Optional<AccessToken> token) {
    return DashboardServer.start(
        new DashboardOptions(
            folder,
            InetAddress.getLoopbackAddress(),
            0,
            token,
            Duration.ofMillis(50),
            Duration.ofMillis(100)),
        Clock.systemUTC());
  }

  private <T> HttpResponse<T> get(String path, String cookie, Class<T> type) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(PATIENCE);
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    HttpResponse.BodyHandler<?> handler =
        type == String.class
            ? HttpResponse.BodyHandlers.ofString()
            : type == byte[].class
                ? HttpResponse.BodyHandlers.ofByteArray()
                : HttpResponse.BodyHandlers.ofInputStream();
    @SuppressWarnings("unchecked")
    HttpResponse<T> response = (HttpResponse<T>) http.send(request.build(), handler);
    return response;
  }

  /** A request as written, for paths and hosts an HTTP client would tidy up. */
  private String raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout((int) PATIENCE.toMillis());
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }

  private JsonNode nextState(BufferedReader stream, Predicate<JsonNode> wanted) throws Exception {
    Future<JsonNode> state =
        reader.submit(
            () -> {
              for (String line = stream.readLine(); line != null; line = stream.readLine()) {
                if (line.startsWith("data: ")) {
                  JsonNode node = JSON.readTree(line.substring(6));
                  if (wanted.test(node)) {
                    return node;
                  }
                }
              }
              throw new AssertionError("the stream ended");
            });
    return state.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
  }
}
