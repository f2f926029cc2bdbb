package org.dfaas.sampler.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dfaas.sampler.Secrets;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.StubHttpServer.Reply;
import org.dfaas.sampler.StubHttpServer.Request;

/**
 * A stub OpenFaaS gateway over real HTTP that keeps what is deployed: it refuses every request
 * without the basic-auth of {@code admin} and its password, creates on {@code POST}, updates on
 * {@code PUT} (404 for an unknown function, 409 for a known one on {@code POST}, 400 for a body
 * without service or image), and describes a function with a ready replica unless told to keep them
 * unready.
 */
public final class StubGateway implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String authorization;
  private final Map<String, ObjectNode> functions = new LinkedHashMap<>();
  private final StubHttpServer server;
  private volatile boolean ready = true;

  public StubGateway(String password) throws IOException {
    this.authorization = Secrets.basic("admin", password);
    this.server = new StubHttpServer(this::handle);
  }

  /** Deploys {@code name} from {@code image} as if someone had before the test. */
  public synchronized StubGateway with(String name, String image, String envProcess) {
    ObjectNode function = JSON.createObjectNode().put("service", name).put("image", image);
    if (envProcess != null) {
      function.put("envProcess", envProcess);
    }
    functions.put(name, function);
    return this;
  }

  /** Whether deployed functions report a ready replica. */
  public void ready(boolean ready) {
    this.ready = ready;
  }

  public String url() {
    return server.url();
  }

  public StubHttpServer server() {
    return server;
  }

  /** What was last sent for {@code name}, or {@code null}. */
  public synchronized JsonNode deployed(String name) {
    return functions.get(name);
  }

  private synchronized Reply handle(Request request) throws IOException {
    if (!authorization.equals(request.authorization())) {
      return new Reply(401, "Unauthorized", 0);
    }
    String path = request.uri().replaceFirst("\\?.*", "");
    if (path.equals("/system/functions") && request.method().equals("GET")) {
      ArrayNode list = JSON.createArrayNode();
      functions.keySet().forEach(name -> list.add(describe(name)));
      return Reply.json(200, list.toString());
    }
    if (path.startsWith("/system/function/") && request.method().equals("GET")) {
      String name = path.substring("/system/function/".length());
      return functions.containsKey(name)
          ? Reply.json(200, describe(name).toString())
          : new Reply(404, "not found", 0);
    }
    if (path.equals("/system/functions")) {
      JsonNode body = JSON.readTree(request.body());
      String name = body.path("service").asText("");
      if (name.isEmpty() || body.path("image").asText("").isEmpty()) {
        return new Reply(400, "service and image are required", 0);
      }
      boolean known = functions.containsKey(name);
      if (request.method().equals("POST") == known) {
        return new Reply(known ? 409 : 404, known ? "exists" : "not found", 0);
      }
      functions.put(name, (ObjectNode) body);
      return new Reply(202, "", 0);
    }
    return new Reply(404, "no route " + request.method() + " " + path, 0);
  }

  private ObjectNode describe(String name) {
    JsonNode function = functions.get(name);
    ObjectNode described =
        JSON.createObjectNode()
            .put("name", name)
            .put("image", function.path("image").asText())
            .put("namespace", "openfaas-fn");
    if (function.has("envProcess")) {
      described.put("envProcess", function.path("envProcess").asText());
    }
    if (ready) {
      described.put("replicas", 1).put("availableReplicas", 1);
    }
    return described;
  }

  @Override
  public void close() {
    server.close();
  }
}
