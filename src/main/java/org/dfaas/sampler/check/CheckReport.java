package org.dfaas.sampler.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code check} found, part by part.
 *
 * @param k6 the k6 host
 * @param gateway the OpenFaaS gateway
 * @param functions each configured function, in config order
 * @param prometheus Prometheus
 * @param queries each active query run once, in file order (a function query once per function, as
 *     {@code name(function)})
 * @param warnings things that work but will not do what the user likely expects
 */
public record CheckReport(
    PartResult k6,
    PartResult gateway,
    Map<String, FunctionCheck> functions,
    PartResult prometheus,
    Map<String, QueryCheck> queries,
    List<String> warnings) {

  public CheckReport {
    functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
    queries = Collections.unmodifiableMap(new LinkedHashMap<>(queries));
    warnings = List.copyOf(warnings);
  }

  /** Whether no part failed. */
  public boolean ok() {
    return k6.ok() && gateway.ok() && prometheus.ok();
  }
}
