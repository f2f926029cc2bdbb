package org.dfaas.sampler.sandbox;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's part of the OpenFaaS gateway's {@code /system/} API, behind basic auth: {@code GET
 * /system/functions} lists the deployed functions in the fixture's JSON shape, {@code GET
 * /system/function/{name}} describes one (404 when not deployed), and {@code POST} / {@code PUT
 * /system/functions} deploy or update one of the sandbox's own functions, recording the image,
 * process and labels asked for (the sandbox runs its own code whatever the image).
 *
 * <p>Thread-safe: the deployments are guarded by this object.
 */
final class SystemApi {

  /** The largest deployment request read; a larger one is answered 413. */
  static final int MAX_REQUEST_BYTES = 64 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, FunctionEndpoint> endpoints;
  private final byte[] expectedAuthorization;
  private final Map<String, ObjectNode> deployed = new LinkedHashMap<>();

  /**
   * @param endpoints every function the sandbox can run, by name
   * @param deployedAtStart whether they are all deployed when it starts (the quickstart's case)
   */
  SystemApi(
      Map<String, FunctionEndpoint> endpoints, String authorization, boolean deployedAtStart) {
    this.endpoints = endpoints;
    this.expectedAuthorization = authorization.getBytes(StandardCharsets.UTF_8);
    if (deployedAtStart) {
      for (String name : endpoints.keySet()) {
        ObjectNode deployment = JSON.createObjectNode();
        deployment.put("image", SandboxServer.images().get(name));
        deployed.put(name, deployment);
      }
    }
  }

  /** Whether function {@code name} is deployed, so that {@code /function/{name}} serves it. */
  synchronized boolean isDeployed(String name) {
    return deployed.containsKey(name);
  }

  /** {@code /system/functions}: the list, or a deployment. */
  void functions(HttpExchange exchange) throws IOException {
    if (!authorized(exchange)) {
      return;
    }
    switch (exchange.getRequestMethod()) {
      case "GET" -> SandboxServer.reply(exchange, 200, list(), true);
      case "POST", "PUT" -> deploy(exchange);
      default -> SandboxServer.reply(exchange, 405, "method not allowed\n");
    }
  }

  /** {@code /system/function/{name}}: one function, 404 when it is not deployed. */
  void function(HttpExchange exchange) throws IOException {
    if (!authorized(exchange)) {
      return;
    }
    if (!exchange.getRequestMethod().equals("GET")) {
      SandboxServer.reply(exchange, 405, "method not allowed\n");
      return;
    }
    String name = exchange.getRequestURI().getPath().substring("/system/function/".length());
    ObjectNode described;
    synchronized (this) {
      described = deployed.containsKey(name) ? describe(name) : null;
    }
    if (described == null) {
      SandboxServer.reply(exchange, 404, "function " + name + " not found\n");
      return;
    }
    SandboxServer.reply(exchange, 200, JSON.writeValueAsString(described), true);
  }

  private boolean authorized(HttpExchange exchange) throws IOException {
    String given = exchange.getRequestHeaders().getFirst("Authorization");
    if (given != null
        && MessageDigest.isEqual(expectedAuthorization, given.getBytes(StandardCharsets.UTF_8))) {
      return true;
    }
    exchange.getRequestBody().close();
    exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Restricted\"");
    SandboxServer.reply(exchange, 401, "Unauthorized\n");
    return false;
  }

  private synchronized String list() throws JacksonException {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    deployed.keySet().forEach(name -> list.add(describe(name)));
    return JSON.writeValueAsString(list);
  }

  private ObjectNode describe(String name) {
    FunctionEndpoint endpoint = endpoints.get(name);
    ObjectNode deployment = deployed.get(name);
    ObjectNode item = JSON.createObjectNode();
    item.put("name", name);
    item.put("image", deployment.path("image").asText());
    item.put("namespace", "openfaas-fn");
    if (deployment.hasNonNull("envProcess")) {
      item.put("envProcess", deployment.path("envProcess").asText());
    }
    // As the gateway does, zero counts are left out.
    putIfNotZero(item, "invocationCount", endpoint.invocations());
    putIfNotZero(item, "replicas", endpoint.replicas());
    putIfNotZero(item, "availableReplicas", endpoint.replicas());
    ObjectNode labels = item.putObject("labels");
    if (deployment.path("labels").isObject()) {
      labels.setAll((ObjectNode) deployment.path("labels"));
    }
    labels.put("com.openfaas.scale.max", String.valueOf(ReplicaScaler.MAX_REPLICAS));
    return item;
  }

  private static void putIfNotZero(ObjectNode item, String key, long value) {
    if (value != 0) {
      item.put(key, value);
    }
  }

  private void deploy(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_REQUEST_BYTES + 1);
    }
    if (body.length > MAX_REQUEST_BYTES) {
      SandboxServer.reply(exchange, 413, "request larger than " + MAX_REQUEST_BYTES + " bytes\n");
      return;
    }
    ObjectNode request;
    try {
      request = JSON.readTree(body) instanceof ObjectNode object ? object : null;
    } catch (JacksonException e) {
      request = null;
    }
    String problem = problem(request);
    if (problem != null) {
      SandboxServer.reply(exchange, 400, problem + "\n");
      return;
    }
    String service = request.path("service").asText();
    boolean create = exchange.getRequestMethod().equals("POST");
    int status;
    String reply;
    synchronized (this) {
      if (create && deployed.containsKey(service)) {
        status = 409;
        reply = "function " + service + " already exists\n";
      } else if (!create && !deployed.containsKey(service)) {
        status = 404;
        reply = "function " + service + " not found\n";
      } else {
        deployed.put(service, deployment(request));
        status = 202;
        reply = "";
      }
    }
    SandboxServer.reply(exchange, status, reply);
  }

  private String problem(ObjectNode request) {
    if (request == null) {
      return "the body must be a JSON object";
    }
    if (!request.path("service").isTextual() || request.path("service").asText().isEmpty()) {
      return "service must be a non-empty string";
    }
    if (!request.path("image").isTextual() || request.path("image").asText().isEmpty()) {
      return "image must be a non-empty string";
    }
    if (!endpoints.containsKey(request.path("service").asText())) {
      return "the sandbox platform runs only its own functions: "
          + String.join(", ", endpoints.keySet());
    }
    JsonNode labels = request.path("labels");
    if (!labels.isMissingNode() && !labels.isNull() && !stringMap(labels)) {
      return "labels must map names to strings";
    }
    return null;
  }

  private static boolean stringMap(JsonNode node) {
    if (!node.isObject()) {
      return false;
    }
    for (Iterator<JsonNode> values = node.elements(); values.hasNext(); ) {
      if (!values.next().isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static ObjectNode deployment(ObjectNode request) {
    ObjectNode deployment = JSON.createObjectNode();
    deployment.put("image", request.path("image").asText());
    if (request.path("envProcess").isTextual()) {
      deployment.put("envProcess", request.path("envProcess").asText());
    }
    if (request.path("labels").isObject()) {
      deployment.set("labels", request.path("labels").deepCopy());
    }
    return deployment;
  }
}
