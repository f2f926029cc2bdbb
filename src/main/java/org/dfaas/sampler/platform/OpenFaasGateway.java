package org.dfaas.sampler.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.Secrets;
import org.dfaas.sampler.config.GatewaySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads functions and their replicas from the OpenFaaS gateway's REST API ({@code GET
 * /system/functions}) with basic auth, instead of shelling out to {@code faas-cli}.
 *
 * <p>Thread-safe. {@link #functions()} throws {@link GatewayException}; {@link #replicas} never
 * throws and logs instead (compat §8). The password never appears in messages or logs.
 */
public final class OpenFaasGateway implements FaasPlatform {

  /** The limit of one request to the gateway. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(OpenFaasGateway.class);

  private final GatewayHttp http;
  private final String namespace;
  private final URI functionsUri;

  /**
   * @param gatewayUrl the gateway, e.g. {@code http://127.0.0.1:31112} (a trailing slash is fine)
   * @param namespace the functions' namespace, or {@code null} for the gateway's default; a DNS
   *     label, as the config checks
   * @param authorization the {@code Authorization} header value, or {@code null} for none
   * @param timeout the limit of one request
   */
  public OpenFaasGateway(
      String gatewayUrl, String namespace, String authorization, Duration timeout) {
    this.http = new GatewayHttp(gatewayUrl, authorization, timeout);
    this.namespace = namespace;
    this.functionsUri = http.uri("system/functions", namespace);
  }

  /**
   * The gateway of a config, with the password from {@code openfaas_password_file}, else {@code
   * openfaas_password}, else env {@code OPENFAAS_PASSWORD}; without any, requests go without auth.
   *
   * @throws org.dfaas.sampler.SamplerException when the password file cannot be read
   */
  public static OpenFaasGateway create(
      String gatewayUrl, GatewaySettings settings, Map<String, String> env) {
    String password = password(settings.passwordFile(), settings.password(), env);
    String authorization = password == null ? null : Secrets.basic(settings.user(), password);
    if (password == null) {
      LOG.warn(
          "no OpenFaaS password (openfaas_password_file or env {}): asking the gateway without auth",
          GatewaySettings.PASSWORD_ENV);
    }
    return new OpenFaasGateway(gatewayUrl, settings.namespace(), authorization, DEFAULT_TIMEOUT);
  }

  private static String password(Path file, String configured, Map<String, String> env) {
    if (file != null) {
      return Secrets.read(file, "openfaas_password_file");
    }
    if (configured != null) {
      return configured;
    }
    String fromEnv = env.get(GatewaySettings.PASSWORD_ENV);
    return fromEnv == null || fromEnv.isEmpty() ? null : fromEnv;
  }

  /**
   * Every function the gateway lists.
   *
   * @throws GatewayException when the gateway cannot be read
   */
  public List<FunctionStatus> functions() {
    HttpResponse<String> response = http.send("GET", functionsUri, null);
    JsonNode list =
        GatewayHttp.json(functionsUri, response, JsonNode::isArray, "a list of functions");
    List<FunctionStatus> functions = new ArrayList<>();
    for (JsonNode item : list) {
      functions.add(status(item));
    }
    return functions;
  }

  /** One function as the gateway describes it; a count it leaves out is 0. */
  static FunctionStatus status(JsonNode item) {
    String name = item.path("name").asText("");
    return new FunctionStatus(
        name,
        item.path("namespace").asText(""),
        ReplicaCount.read(item, "replicas", name),
        ReplicaCount.read(item, "availableReplicas", name),
        item.path("invocationCount").asLong(0),
        item.path("labels").path(FunctionStatus.SCALE_MAX_LABEL).asInt(0));
  }

  /** The exchanges with this gateway, for the deployer of the same gateway. */
  GatewayHttp http() {
    return http;
  }

  /** The functions' namespace, or {@code null} for the gateway's default. */
  String namespace() {
    return namespace;
  }

  @Override
  public Map<String, Integer> replicas(Collection<String> names) {
    Map<String, Integer> replicas = new LinkedHashMap<>();
    List<FunctionStatus> functions;
    try {
      functions = functions();
    } catch (GatewayException e) {
      LOG.error("replicas of {} count as 0: {}", names, e.getMessage());
      names.forEach(name -> replicas.put(name, 0));
      return replicas;
    }
    for (String name : names) {
      int count =
          functions.stream()
              .filter(f -> f.isNamed(name))
              .findFirst()
              .map(FunctionStatus::replicas)
              .orElseGet(
                  () -> {
                    LOG.error(
                        "function {} is not deployed on the gateway {}: its replicas count as 0",
                        name,
                        functionsUri);
                    return 0;
                  });
      replicas.put(name, count);
    }
    return replicas;
  }
}
