package org.dfaas.sampler.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dfaas.sampler.Sleeper;
import org.dfaas.sampler.platform.DeployedFunction.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys functions through the OpenFaaS gateway's REST API, as {@code faas-cli deploy} does but
 * without it: {@code GET /system/function/{name}} tells whether a function runs and from what;
 * {@code POST /system/functions} creates it, {@code PUT} updates it, and one already running the
 * same image and process is left as it is. Then it waits until every function has a ready replica.
 *
 * <p>Not thread-safe: one deployment at a time.
 */
public final class FunctionDeployer {

  /** How often readiness is asked. */
  static final Duration POLL = Duration.ofSeconds(1);

  private static final Logger LOG = LoggerFactory.getLogger(FunctionDeployer.class);

  private final GatewayHttp http;
  private final Clock clock;
  private final Sleeper sleeper;

  /**
   * @param gateway the gateway (its URL, credentials and per-request limit)
   * @param clock measures the wait for readiness
   * @param sleeper waits between readiness polls
   */
  public FunctionDeployer(OpenFaasGateway gateway, Clock clock, Sleeper sleeper) {
    this.http = gateway.http();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Deploys every function, then waits until each has a ready replica.
   *
   * @param readyWithin how long all may take to become ready, counted once they are deployed
   * @throws GatewayException when the gateway fails or refuses, or a function is not ready in time
   */
  public List<DeployedFunction> deploy(List<FunctionDeployment> deployments, Duration readyWithin) {
    List<Applied> applied = new ArrayList<>();
    for (FunctionDeployment deployment : deployments) {
      JsonNode current = describe(deployment);
      Action action = apply(deployment, current);
      LOG.info(
          "function {}: {} ({})",
          deployment.name(),
          action.name().toLowerCase(Locale.ROOT),
          deployment.image().image());
      String previous = action == Action.UPDATED ? current.path("image").asText(null) : null;
      applied.add(new Applied(deployment, action, previous));
    }
    Map<FunctionDeployment, Duration> ready = awaitReady(deployments, readyWithin);
    return applied.stream()
        .map(
            a ->
                new DeployedFunction(
                    a.deployment, a.action, a.previousImage, ready.get(a.deployment)))
        .toList();
  }

  /** What was done to one function, before it was ready. */
  private record Applied(FunctionDeployment deployment, Action action, String previousImage) {}

  private Action apply(FunctionDeployment deployment, JsonNode current) {
    if (current == null) {
      send("POST", deployment);
      return Action.CREATED;
    }
    if (runsAsAsked(deployment, current)) {
      return Action.UNCHANGED;
    }
    send("PUT", deployment);
    return Action.UPDATED;
  }

  private static boolean runsAsAsked(FunctionDeployment deployment, JsonNode current) {
    FunctionImage image = deployment.image();
    return image.image().equals(current.path("image").asText(null))
        && (image.envProcess() == null
            || image.envProcess().equals(current.path("envProcess").asText(null)));
  }

  private void send(String method, FunctionDeployment deployment) {
    URI uri = http.uri("system/functions", null);
    HttpResponse<String> response = http.send(method, uri, deployment.json());
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw GatewayHttp.unexpected(
          uri,
          response,
          "the gateway refused to "
              + (method.equals("POST") ? "create" : "update")
              + " function "
              + deployment.name()
              + " from "
              + deployment.image().image());
    }
  }

  /** The function as the gateway describes it, or {@code null} when it is not deployed. */
  private JsonNode describe(FunctionDeployment deployment) {
    URI uri =
        http.uri(
            "system/function/" + GatewayHttp.encode(deployment.service()), deployment.namespace());
    HttpResponse<String> response = http.send("GET", uri, null);
    if (response.statusCode() == 404) {
      return null;
    }
    return GatewayHttp.json(uri, response, JsonNode::isObject, "a function's description");
  }

  private Map<FunctionDeployment, Duration> awaitReady(
      List<FunctionDeployment> deployments, Duration readyWithin) {
    Instant start = clock.instant();
    Instant deadline = start.plus(readyWithin);
    Map<FunctionDeployment, Duration> ready = new LinkedHashMap<>();
    while (true) {
      for (FunctionDeployment deployment : deployments) {
        if (!ready.containsKey(deployment) && hasReadyReplica(deployment)) {
          ready.put(deployment, Duration.between(start, clock.instant()));
        }
      }
      if (ready.size() == deployments.size()) {
        return ready;
      }
      if (!clock.instant().isBefore(deadline)) {
        throw notReady(deployments, ready, readyWithin);
      }
      try {
        sleeper.sleep(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GatewayException("interrupted while waiting for the functions", null, e);
      }
    }
  }

  private boolean hasReadyReplica(FunctionDeployment deployment) {
    JsonNode current = describe(deployment);
    return current != null && current.path("availableReplicas").asInt(0) >= 1;
  }

  private static GatewayException notReady(
      List<FunctionDeployment> deployments,
      Map<FunctionDeployment, Duration> ready,
      Duration readyWithin) {
    List<String> waiting =
        deployments.stream()
            .filter(d -> !ready.containsKey(d))
            .map(d -> d.name() + " (" + d.image().image() + ")")
            .toList();
    return new GatewayException(
        "not ready within "
            + readyWithin.toSeconds()
            + " s (no available replica): "
            + String.join(", ", waiting),
        "see why on the node, e.g. kubectl -n openfaas-fn describe pod; an image that cannot be"
            + " pulled is the usual cause; a slow pull needs a longer --timeout",
        null);
  }
}
