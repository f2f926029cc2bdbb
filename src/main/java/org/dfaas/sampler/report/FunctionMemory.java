package org.dfaas.sampler.report;

import java.util.List;
import org.dfaas.sampler.config.EmbeddedSettings;
import org.dfaas.sampler.config.EmbeddedSettings.MetricsSourceKind;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.config.Target;

/**
 * What a function's {@code ram_usage_function_{f}} column holds, which depends on the metrics
 * source that measured it: Prometheus' query reads the memory a function's containers use; the
 * tool's own sources ({@code metrics_source: local} or {@code sandbox}) count the memory the
 * sandbox's requests in flight for the function held, on average over the window. Both are bytes,
 * but only the first is a container's memory. The report labels the column by what it holds, taken
 * from {@code campaign.yaml}; a folder without one is the old tool's or the DFaaS sampler's, whose
 * column is the containers' memory.
 */
enum FunctionMemory {
  /** A container's memory, drawn in MiB. */
  IN_USE("RAM (MiB)", "the memory its containers use (Prometheus)"),
  /** The memory its requests in flight held, as the sandbox counts it, drawn in MiB. */
  HELD_BY_REQUESTS(
      "memory held by requests (MiB)",
      "the memory its requests in flight held on average, as the sandbox counts it"
          + " (metrics_source: local or sandbox), not a container's memory"),
  /** A pool whose targets read memory both ways. */
  MIXED(
      "RAM or memory held (MiB)",
      "the memory its containers use on the targets read by Prometheus, the memory its requests"
          + " in flight held on those measured by the tool itself");

  private final String label;
  private final String meaning;

  FunctionMemory(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  /** What the folder started with {@code recorded} holds. */
  static FunctionMemory of(RecordedConfig recorded) {
    if (recorded.config().isEmpty()) {
      return IN_USE;
    }
    SamplerConfig config = recorded.config().get();
    List<MetricsSourceKind> sources =
        config.targets().isEmpty()
            ? List.of(config.embedded().metricsSource())
            : config.targets().all().stream()
                .map(Target::embedded)
                .map(EmbeddedSettings::metricsSource)
                .distinct()
                .toList();
    if (sources.contains(MetricsSourceKind.PROMETHEUS) && sources.size() > 1) {
      return MIXED;
    }
    return sources.get(0) == MetricsSourceKind.PROMETHEUS ? IN_USE : HELD_BY_REQUESTS;
  }

  /** The label of a chart's axis and of a table's column, with the unit. */
  String label() {
    return label;
  }

  /** What the value is, for a sentence under a chart. */
  String meaning() {
    return meaning;
  }
}
