package org.dfaas.sampler.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
 * with the part of the OpenFaaS gateway the tool uses — {@code /function/{name}}, the {@code
 * /system/} API ({@link SystemApi}: basic auth, the fixture's JSON shape, deployments) and {@code
 * /healthz} — serving the deployed {@link SandboxFunction}s with replicas and in-flight limits. The
 * basic-auth password is drawn at random when it starts and handed over in-process only ({@link
 * #authorization}); it is never printed.
 *
 * <p>Thread-safe. {@link #close} stops the server at once.
 */
public final class SandboxServer implements AutoCloseable {

  /** The gateway's basic-auth user, as OpenFaaS installs it. */
  public static final String USER = "admin";

  private final HttpServer server;
  private final ExecutorService workers;
  private final Map<String, FunctionEndpoint> functions = new LinkedHashMap<>();
  private final String authorization;
  private final SystemApi systemApi;

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
    this.systemApi = new SystemApi(functions, authorization, options.functionsDeployedAtStart());
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    this.workers =
        Executors.newFixedThreadPool(
            options.threads(),
            // A pool's sandbox per target: its warnings name the target.
            LogTarget.daemonThreads("sandbox-gateway"));
    server.setExecutor(workers);
    server.createContext("/healthz", exchange -> reply(exchange, 200, "OK\n"));
    server.createContext("/system/functions", systemApi::functions);
    server.createContext("/system/function/", systemApi::function);
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

  /**
   * The image each of the sandbox's functions is listed with when it starts, by name: what {@code
   * deploy} deploys a function of the sandbox from when the config names no image.
   */
  public static Map<String, String> images() {
    Map<String, String> images = new LinkedHashMap<>();
    for (SandboxFunction function : SandboxFunction.values()) {
      images.put(
          function.functionName(), "dfaas-sampler/sandbox-" + function.functionName() + ":latest");
    }
    return images;
  }

  /** The cumulative usage of function {@code name}, if it serves one of that name. */
  public Optional<UsageCounters> usage(String name) {
    return Optional.ofNullable(functions.get(name)).map(FunctionEndpoint::usage);
  }

  private void function(HttpExchange exchange) throws IOException {
    String name = exchange.getRequestURI().getPath().substring("/function/".length());
    int slash = name.indexOf('/');
    String function = slash < 0 ? name : name.substring(0, slash);
    FunctionEndpoint endpoint = functions.get(function);
    if (endpoint == null || !systemApi.isDeployed(function)) {
      reply(exchange, 404, "error finding function " + name + "\n");
      return;
    }
    endpoint.invoke(exchange);
  }

  static void reply(HttpExchange exchange, int status, String body) throws IOException {
    reply(exchange, status, body, false);
  }

  static void reply(HttpExchange exchange, int status, String body, boolean json)
      throws IOException {
    if (json) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
    }
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
