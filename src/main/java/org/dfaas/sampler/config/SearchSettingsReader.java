package org.dfaas.sampler.config;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    Mode mode = choice(node, "mode", Mode.values(), Mode::key, defaults.mode(), problems);
    IterationMode iterations =
        choice(
            node,
            "iterations",
            IterationMode.values(),
            IterationMode::key,
            defaults.iterations(),
            problems);
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

  private static <E extends Enum<E>> E choice(
      ConfigNode node,
      String key,
      E[] values,
      Function<E, String> spelling,
      E fallback,
      Problems problems) {
    String text = node.string(key, null);
    if (text == null) {
      return fallback;
    }
    for (E value : values) {
      if (spelling.apply(value).equals(text)) {
        return value;
      }
    }
    problems.add(
        node.pathOf(key),
        "must be one of "
            + Arrays.stream(values).map(spelling).collect(Collectors.joining(", "))
            + ", got \""
            + text
            + "\"");
    return fallback;
  }
}
