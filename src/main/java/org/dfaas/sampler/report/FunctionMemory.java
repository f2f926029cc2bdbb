package org.dfaas.sampler.report;

import java.util.List;
import org.dfaas.sampler.config.EmbeddedSettings;
import org.dfaas.sampler.config.EmbeddedSettings.MetricsSourceKind;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.config.Target;

/**
 * What a function's {@code ram_usage_function_{f}} column holds, which depends on the metrics
 * source that measured it: Prometheus' query reads the memory a function's containers use, in
 * bytes; the local source ({@code metrics_source: local}) counts the bytes the sandbox's threads
 * allocated while serving the function, per second of the window. The report labels the column by
 * what it holds, taken from {@code campaign.yaml}; a folder without one is the old tool's or the
 * DFaaS sampler's, whose column is the containers' memory.
 */
enum FunctionMemory {
  /** Bytes in use, drawn in MiB. */
  IN_USE("RAM (MiB)", "the memory its containers use (Prometheus)"),
  /** Bytes allocated per second, drawn in MiB/s. */
  ALLOCATION_RATE(
      "memory allocated (MiB/s)",
      "the bytes the sandbox allocated serving it per second (metrics_source: local), a rate and"
          + " not the memory in use"),
  /** A pool whose targets read memory both ways. */
  MIXED(
      "RAM (MiB) or allocated (MiB/s)",
      "the memory its containers use on the targets read by Prometheus, the bytes allocated per"
          + " second on those with metrics_source: local");

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
    if (sources.size() > 1) {
      return MIXED;
    }
    return sources.get(0) == MetricsSourceKind.LOCAL ? ALLOCATION_RATE : IN_USE;
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
