package org.dfaas.sampler.k6;

import java.util.Objects;
import org.dfaas.sampler.config.FunctionSpec;

/**
 * What a script's block for one function says, in structured form: which function, at which URL, at
 * how many arrivals per second. A load generator other than k6 drives these instead of interpreting
 * the script's JavaScript. Immutable.
 *
 * @param function the function: method, body, headers
 * @param url {@code {gateway_url}/function/{name}}, as the script writes it
 * @param rate arrivals per second, ≥ 0 (0: no scenario)
 */
public record K6Load(FunctionSpec function, String url, int rate) {

  public K6Load {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(url, "url");
    if (rate < 0) {
      throw new IllegalArgumentException("rate must be ≥ 0, got " + rate);
    }
  }
}
