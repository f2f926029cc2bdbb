package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One function of the campaign, as the k6 script calls it: an item of {@code functions} (compat
 * §1), which this record reads, checks and prints.
 *
 * @param name the OpenFaaS function name (checked by the config loader)
 * @param method the HTTP method, upper-case
 * @param body the request body, empty for none
 * @param headers request headers in the order the config file lists them
 * @param maxRate the highest rate this function is sampled at, or {@code null} for no cap
 * @param image the container image {@code deploy} deploys it from, or {@code null} to take the
 *     pinned store table's
 */
public record FunctionSpec(
    String name,
    String method,
    String body,
    Map<String, String> headers,
    Integer maxRate,
    String image) {

  static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

  /**
   * A container image reference as registries spell it ({@code registry/path:tag@sha256:digest}):
   * no spaces, quotes or control characters, so that it is one plain value wherever it goes.
   */
  private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@-]{0,254}");

  /** The function a config gets when it lists none, as in the old tool. */
  static final FunctionSpec DEFAULT_FUNCTION =
      new FunctionSpec(
          "figlet", "POST", "Hello DFaaS!", Map.of("Content-Type", "text/plain"), null);

  public FunctionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(body, "body");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** A function with no image of its own. */
  public FunctionSpec(
      String name, String method, String body, Map<String, String> headers, Integer maxRate) {
    this(name, method, body, headers, maxRate, null);
  }

  /** Whether {@code rate} is within this function's own cap. */
  public boolean allowsRate(int rate) {
    return maxRate == null || rate <= maxRate;
  }

  /**
   * The {@code functions} list, names unique.
   *
   * @param strategy the rates: a function's {@code max_rate} must not cut all of them
   */
  static List<FunctionSpec> readAll(ConfigNode root, RateStrategy strategy, Problems problems) {
    if (!root.has("functions")) {
      root.raw("functions");
      return List.of(DEFAULT_FUNCTION);
    }
    List<JsonNode> items = root.list("functions").orElse(List.of());
    if (items.isEmpty() && root.raw("functions").map(JsonNode::isArray).orElse(false)) {
      problems.add("functions", "must list at least one function");
    }
    int lowestRate = strategy.lowestRate();
    List<FunctionSpec> functions = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String path = "functions[" + i + "]";
      if (!(items.get(i) instanceof ObjectNode map)) {
        problems.add(
            path, "must be a map with at least a name, got " + ConfigNode.describe(items.get(i)));
        continue;
      }
      FunctionSpec function = read(new ConfigNode(map, path, problems), lowestRate);
      if (function == null) {
        continue;
      }
      if (!names.add(function.name())) {
        problems.add(path + ".name", "\"" + function.name() + "\" is listed twice");
      }
      functions.add(function);
    }
    return functions;
  }

  /** The function of one item, or {@code null} when it has no name. */
  private static FunctionSpec read(ConfigNode node, int lowestRate) {
    Problems problems = node.problems();
    String name = node.string("name", null);
    if (name == null || name.isEmpty()) {
      problems.add(node.pathOf("name"), "is required and must not be empty");
    } else if (!SafeName.isSafe(name)) {
      problems.add(
          node.pathOf("name"),
          "\""
              + name
              + "\" is not a function name: letters, digits, '.', '_' and '-', starting with a"
              + " letter or digit");
    }
    String rawMethod = node.string("method", "GET");
    String method = rawMethod == null ? "GET" : rawMethod.trim().toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      problems.add(
          node.pathOf("method"),
          "unsupported HTTP method \""
              + rawMethod
              + "\"; one of GET POST PUT DELETE PATCH HEAD OPTIONS");
    }
    String body = node.string("body", "");
    Map<String, String> headers = readHeaders(node);
    Integer maxRate = node.integer("max_rate", null);
    if (maxRate != null && maxRate < 0) {
      problems.add(node.pathOf("max_rate"), "must be ≥ 0, got " + maxRate);
    } else if (maxRate != null && maxRate < lowestRate) {
      problems.add(
          node.pathOf("max_rate"),
          "must be ≥ the strategy's lowest rate (" + lowestRate + "), got " + maxRate);
    }
    String image = node.string("image", null);
    if (image != null && !IMAGE.matcher(image).matches()) {
      problems.add(
          node.pathOf("image"),
          "\""
              + image
              + "\" is not a container image reference such as ghcr.io/openfaas/figlet:latest"
              + " (letters, digits and . _ - / : @, at most 255)");
    }
    node.warnUnknownKeys();
    if (name == null) {
      return null;
    }
    return new FunctionSpec(name, method, body == null ? "" : body, headers, maxRate, image);
  }

  private static Map<String, String> readHeaders(ConfigNode node) {
    Map<String, String> headers = new LinkedHashMap<>(Rules.stringMap(node, "headers"));
    for (String header : headers.keySet()) {
      if (!Rules.HTTP_TOKEN.matcher(header).matches()) {
        node.problems()
            .add(
                node.pathOf("headers") + "." + header,
                "\"" + header + "\" is not an HTTP header name");
      }
    }
    return headers;
  }

  /** The {@code functions} list, every key of every item. */
  static void printAll(List<FunctionSpec> functions, ObjectNode into) {
    ArrayNode items = into.putArray("functions");
    functions.forEach(function -> function.print(items.addObject()));
  }

  private void print(ObjectNode item) {
    item.put("name", name);
    item.put("method", method);
    item.put("body", body);
    ConfigPrinter.putMap(item, "headers", headers);
    if (maxRate == null) {
      item.putNull("max_rate");
    } else {
      item.put("max_rate", maxRate);
    }
    // Only when set, so a config without images prints as it always did.
    ConfigPrinter.putOptional(item, "image", image);
  }
}
