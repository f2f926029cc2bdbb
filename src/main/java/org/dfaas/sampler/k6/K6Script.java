package org.dfaas.sampler.k6;

import java.util.Collections;
import java.util.List;
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
 * @param loads the script's functions, URLs and rates in structured form, for a load generator that
 *     does not run JavaScript; empty for a script known only as text
 */
public record K6Script(String text, Map<String, String> metricIds, List<K6Load> loads) {

  public K6Script {
    Objects.requireNonNull(text, "text");
    metricIds = Collections.unmodifiableSortedMap(new TreeMap<>(metricIds));
    loads = List.copyOf(loads);
  }

  /** A script known only as text (no structured loads). */
  public K6Script(String text, Map<String, String> metricIds) {
    this(text, metricIds, List.of());
  }
}
