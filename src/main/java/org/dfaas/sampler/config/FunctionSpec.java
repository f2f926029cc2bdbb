package org.dfaas.sampler.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One function of the campaign, as the k6 script calls it.
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
}
