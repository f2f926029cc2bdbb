package org.dfaas.sampler.config;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads {@code load_generator}, {@code platform} and {@code metrics_source}. */
final class EmbeddedSettingsReader {

  EmbeddedSettings read(ConfigNode root, Problems problems) {
    return new EmbeddedSettings(
        choice(
            root,
            "load_generator",
            EmbeddedSettings.LoadGenerator.values(),
            EmbeddedSettings.LoadGenerator::key,
            problems),
        choice(
            root,
            "platform",
            EmbeddedSettings.Platform.values(),
            EmbeddedSettings.Platform::key,
            problems),
        choice(
            root,
            "metrics_source",
            EmbeddedSettings.MetricsSourceKind.values(),
            EmbeddedSettings.MetricsSourceKind::key,
            problems));
  }

  /** The value named by {@code key}; the first value (the real part) when unset or wrong. */
  private static <E extends Enum<E>> E choice(
      ConfigNode root, String key, E[] values, Function<E, String> spelling, Problems problems) {
    String text = root.string(key, null);
    if (text == null) {
      return values[0];
    }
    for (E value : values) {
      if (spelling.apply(value).equals(text)) {
        return value;
      }
    }
    problems.add(
        root.pathOf(key),
        "must be one of "
            + Arrays.stream(values).map(spelling).collect(Collectors.joining(", "))
            + ", got \""
            + text
            + "\"");
    return values[0];
  }
}
