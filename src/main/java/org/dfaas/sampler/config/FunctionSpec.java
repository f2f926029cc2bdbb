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
 */
public record FunctionSpec(
    String name, String method, String body, Map<String, String> headers, Integer maxRate) {

  public FunctionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(body, "body");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** Whether {@code rate} is within this function's own cap. */
  public boolean allowsRate(int rate) {
    return maxRate == null || rate <= maxRate;
  }
}
