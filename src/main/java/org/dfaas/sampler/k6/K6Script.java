package org.dfaas.sampler.k6;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A k6 script for one configuration, with the metric id of each of its functions: the id names the
 * script's metrics ({@code success_rate_{id}}, {@code latency_{id}}, {@code request_count_{id}}),
 * so the summary of a run can only be read with the ids of the script that ran.
 *
 * @param text the script, as written to {@code k6_scripts/config-{id}.js}
 * @param metricIds function name → metric id, sorted by name
 */
public record K6Script(String text, Map<String, String> metricIds) {

  public K6Script {
    Objects.requireNonNull(text, "text");
    metricIds = Collections.unmodifiableSortedMap(new TreeMap<>(metricIds));
  }
}
