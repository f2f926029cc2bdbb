package org.dfaas.sampler.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.Secrets;

/**
 * The sandbox FaaS platform ({@code platform: sandbox}): an HTTP server on a free loopback port
 * with the part of the OpenFaaS gateway the tool uses — {@code /function/{name}}, {@code
 * /system/functions} (basic auth, the fixture's JSON shape) and {@code /healthz} — serving the
 * {@link SandboxFunction}s with replicas and in-flight limits. The basic-auth password is drawn at
 * random when it starts and handed over in-process only ({@link #authorization}); it is never
 * printed.
 *
 * <p>Thread-safe. {@link #close} stops the server at once.
 */
public final class SandboxServer implements AutoCloseable {

  /** The gateway's basic-auth user, as OpenFaaS installs it. */
  public static final String USER = "admin";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService workers;
  private final Map<String, FunctionEndpoint> functions = new LinkedHashMap<>();
  private final byte[] expectedAuthorization;
  private final String authorization;

  private SandboxServer(SandboxOptions options) throws IOException {
    for (SandboxFunction function : SandboxFunction.values()) {
      functions.put(
          function.functionName(),
          new FunctionEndpoint(
              function,
              new ReplicaScaler(
                  options.rpsPerReplica(), options.scaleDownDelay(), options.nanoTime()),
              options.maxInflightPerReplica()));
    }
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    this.authorization = Secrets.basic(USER, password);
    this.expectedAuthorization = authorization.getBytes(StandardCharsets.UTF_8);
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    this.workers =
        Executors.newFixedThreadPool(
            options.threads(),
            // A pool's sandbox per target: its warnings name the target.
            LogTarget.daemonThreads("sandbox-gateway"));
    server.setExecutor(workers);
    server.createContext("/healthz", exchange -> reply(exchange, 200, "OK\n"));
    server.createContext("/system/functions", this::systemFunctions);
    server.createContext("/function/", this::function);
    server.createContext("/", exchange -> reply(exchange, 404, "not found\n"));
  }

  /**
   * Starts a sandbox on a free port of 127.0.0.1.
   *
   * @throws IOException when no port can be bound
   */
  public static SandboxServer start(SandboxOptions options) throws IOException {
    SandboxServer sandbox = new SandboxServer(options);
    sandbox.server.start();
    return sandbox;
  }

  /** The gateway's URL, e.g. {@code http://127.0.0.1:40123}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The {@code Authorization} header value the gateway accepts; for in-process clients only. */
  public String authorization() {
    return authorization;
  }

  /** The names of the functions it serves. */
  public java.util.Set<String> functionNames() {
    return java.util.Collections.unmodifiableSet(functions.keySet());
  }

  /** The cumulative usage of function {@code name}, if it serves one of that name. */
  public Optional<UsageCounters> usage(String name) {
    return Optional.ofNullable(functions.get(name)).map(FunctionEndpoint::usage);
  }

  private void function(HttpExchange exchange) throws IOException {
    String name = exchange.getRequestURI().getPath().substring("/function/".length());
    int slash = name.indexOf('/');
    FunctionEndpoint endpoint = functions.get(slash < 0 ? name : name.substring(0, slash));
    if (endpoint == null) {
      reply(exchange, 404, "error finding function " + name + "\n");
      return;
    }
    endpoint.invoke(exchange);
  }

  private void systemFunctions(HttpExchange exchange) throws IOException {
    String given = exchange.getRequestHeaders().getFirst("Authorization");
    if (given == null
        || !MessageDigest.isEqual(expectedAuthorization, given.getBytes(StandardCharsets.UTF_8))) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Restricted\"");
      reply(exchange, 401, "Unauthorized\n");
      return;
    }
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (FunctionEndpoint endpoint : functions.values()) {
      ObjectNode item = list.addObject();
      item.put("name", endpoint.name());
      item.put("image", "dfaas-sampler/sandbox-" + endpoint.name() + ":latest");
      item.put("namespace", "openfaas-fn");
      // As the gateway does, zero counts are left out.
      putIfNotZero(item, "invocationCount", endpoint.invocations());
      putIfNotZero(item, "replicas", endpoint.replicas());
      putIfNotZero(item, "availableReplicas", endpoint.replicas());
      item.putObject("labels")
          .put("com.openfaas.scale.max", String.valueOf(ReplicaScaler.MAX_REPLICAS));
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    reply(exchange, 200, JSON.writeValueAsString(list));
  }

  private static void putIfNotZero(ObjectNode item, String key, long value) {
    if (value != 0) {
      item.put(key, value);
    }
  }

  static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  @Override
  public String toString() {
    return "SandboxServer[" + url() + "]";
  }
}
