package org.dfaas.sampler.config;

import org.dfaas.sampler.config.SearchSettings.IterationMode;
import org.dfaas.sampler.config.SearchSettings.Mode;

/** Reads the {@code search:} block; every problem names its key path. */
final class SearchSettingsReader {

  SearchSettings read(ConfigNode root, Problems problems) {
    ConfigNode node = root.object("search").orElse(null);
    if (node == null) {
      return SearchSettings.DEFAULTS;
    }
    SearchSettings defaults = SearchSettings.DEFAULTS;
    Mode mode = node.choice("mode", Mode.values(), Mode::key, defaults.mode());
    IterationMode iterations =
        node.choice(
            "iterations", IterationMode.values(), IterationMode::key, defaults.iterations());
    double margin = node.number("margin", defaults.margin());
    Rules.checkRange("search.margin", margin, 0, 1, problems);
    boolean zeroRate = node.bool("zero_rate_equivalent", defaults.zeroRateEquivalent());
    Integer samples = node.integer("interior_samples", defaults.interiorSamples());
    int interior = samples == null ? defaults.interiorSamples() : samples;
    if (interior < 0) {
      problems.add("search.interior_samples", "must be ≥ 0, got " + interior);
    }
    node.warnUnknownKeys();
    return new SearchSettings(
        mode,
        iterations,
        Rules.isWithin(margin, 0, 1) ? margin : defaults.margin(),
        zeroRate,
        Math.max(interior, 0));
  }
}
