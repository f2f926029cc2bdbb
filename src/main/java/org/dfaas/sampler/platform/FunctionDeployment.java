package org.dfaas.sampler.platform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One function as {@code deploy} sends it to the gateway.
 *
 * @param name the function as the config names it ({@code name} or {@code name.namespace})
 * @param namespace its namespace, or {@code null} for the gateway's default
 * @param image what it is deployed from
 */
public record FunctionDeployment(String name, String namespace, FunctionImage image) {

  public FunctionDeployment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(image, "image");
  }

  /**
   * A configured function: {@code name.namespace} names its namespace, else {@code
   * defaultNamespace} (may be {@code null}) applies.
   */
  public static FunctionDeployment of(String name, String defaultNamespace, FunctionImage image) {
    int dot = name.indexOf('.');
    return dot < 0
        ? new FunctionDeployment(name, defaultNamespace, image)
        : new FunctionDeployment(name, name.substring(dot + 1), image);
  }

  /** The OpenFaaS service name: the name without its namespace. */
  public String service() {
    return serviceOf(name);
  }

  /** The service of a configured name ({@code name} or {@code name.namespace}). */
  public static String serviceOf(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** The body of {@code POST} and {@code PUT /system/functions}, every value a JSON string. */
  String json() {
    ObjectNode body = GatewayHttp.JSON.createObjectNode();
    body.put("service", service());
    body.put("image", image.image());
    if (namespace != null) {
      body.put("namespace", namespace);
    }
    if (image.envProcess() != null) {
      body.put("envProcess", image.envProcess());
    }
    body.putObject("labels").put(DEPLOYED_BY_LABEL, "dfaas-sampler");
    return body.toString();
  }

  /** The label that marks a function deployed by this tool. */
  public static final String DEPLOYED_BY_LABEL = "dfaas-sampler.deployed-by";
}
