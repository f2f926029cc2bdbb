package org.dfaas.sampler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.dfaas.sampler.HeadlessChromium;

/**
 * One page kept open in a real headless Chromium, read through the DevTools protocol: what a person
 * watching the page sees, over time, in the same page (no reload between two looks).
 */
final class HeadlessPage implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Process chromium;
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> pending;
  private final AtomicInteger ids = new AtomicInteger();

  private HeadlessPage(
      Process chromium, WebSocket socket, Map<Integer, CompletableFuture<JsonNode>> pending) {
    this.chromium = chromium;
    this.socket = socket;
    this.pending = pending;
  }

  /** Opens {@code url} at {@code width} × {@code height}; {@code dir} holds the profile and log. */
  static HeadlessPage open(URI url, Path dir, int width, int height) throws Exception {
    Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
    Process chromium =
        new ProcessBuilder(
                HeadlessChromium.command(
                    profile,
                    "--remote-debugging-port=0",
                    "--window-size=" + width + "," + height,
                    url.toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    Path portFile = profile.resolve("DevToolsActivePort");
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (Instant.now().isAfter(deadline) || !chromium.isAlive()) {
        chromium.destroyForcibly();
        throw new IllegalStateException(
            "chromium opened no DevTools port: " + Files.readString(dir.resolve("chromium.log")));
      }
      Thread.sleep(100);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
    String webSocket = null;
    while (webSocket == null) {
      JsonNode targets =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                          .timeout(PATIENCE)
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      for (JsonNode target : targets) {
        if (target.path("type").asText().equals("page")) {
          webSocket = target.path("webSocketDebuggerUrl").asText();
        }
      }
      if (webSocket == null && Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("chromium shows no page");
      }
    }
    Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    WebSocket socket =
        http.newWebSocketBuilder()
            .connectTimeout(PATIENCE)
            .buildAsync(URI.create(webSocket), answers(pending))
            .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    return new HeadlessPage(chromium, socket, pending);
  }

  /** Hands each answer of DevTools to the call waiting for its id. */
  private static WebSocket.Listener answers(Map<Integer, CompletableFuture<JsonNode>> pending) {
    StringBuilder message = new StringBuilder();
    return new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        message.append(data);
        if (last) {
          try {
            JsonNode node = JSON.readTree(message.toString());
            CompletableFuture<JsonNode> waiting = pending.remove(node.path("id").asInt(-1));
            if (waiting != null) {
              waiting.complete(node);
            }
          } catch (IOException e) {
            throw new IllegalStateException("DevTools sent no JSON", e);
          }
          message.setLength(0);
        }
        ws.request(1);
        return null;
      }
    };
  }

  /** The value of a JavaScript expression in the page. */
  JsonNode evaluate(String expression) throws Exception {
    ObjectNode params = JSON.createObjectNode();
    params.put("expression", expression);
    params.put("returnByValue", true);
    return call("Runtime.evaluate", params).path("result").path("result").path("value");
  }

  /** Waits until {@code expression} meets {@code wanted}; its last value. */
  JsonNode await(String expression, Predicate<JsonNode> wanted, Duration within) throws Exception {
    Instant deadline = Instant.now().plus(within);
    JsonNode value = evaluate(expression);
    while (!wanted.test(value)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "after " + within.toSeconds() + " s, " + expression + " is still " + value);
      }
      Thread.sleep(250);
      value = evaluate(expression);
    }
    return value;
  }

  /** A PNG of what the window shows. */
  byte[] screenshot() throws Exception {
    ObjectNode params = JSON.createObjectNode();
    params.put("format", "png");
    params.put("captureBeyondViewport", false);
    return Base64.getDecoder()
        .decode(call("Page.captureScreenshot", params).path("result").path("data").asText());
  }

  private JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode request = JSON.createObjectNode();
    request.put("id", id);
    request.put("method", method);
    request.set("params", params);
    socket.sendText(request.toString(), true).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    JsonNode node = answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    if (node.has("error")) {
      throw new IllegalStateException(method + ": " + node.get("error"));
    }
    return node;
  }

  @Override
  public void close() {
    socket.abort();
    // Not waited for: the test's folder goes anyway, and a browser that lingers is killed by it.
    chromium.destroyForcibly();
  }
}
