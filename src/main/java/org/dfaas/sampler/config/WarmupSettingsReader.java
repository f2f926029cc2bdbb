package org.dfaas.sampler.config;

import java.util.regex.Pattern;

/** Reads {@code warmup: {duration: 5s}}; a zero duration ({@code 0s}) turns it off. */
final class WarmupSettingsReader {

  private static final Pattern ZERO = Pattern.compile("0+(ms|s|m|h)?");

  WarmupSettings read(ConfigNode root, Problems problems) {
    ConfigNode node = root.object("warmup").orElse(null);
    if (node == null) {
      return WarmupSettings.DEFAULT;
    }
    String text = node.string("duration", null);
    node.warnUnknownKeys();
    if (text == null) {
      return WarmupSettings.DEFAULT;
    }
    if (ZERO.matcher(text).matches()) {
      return WarmupSettings.OFF;
    }
    return LoadDuration.parse(text)
        .map(WarmupSettings::new)
        .orElseGet(
            () -> {
              problems.add(
                  node.pathOf("duration"),
                  "must be <int><unit> with unit ms, s, m or h (0s turns the warm-up off), got \""
                      + text
                      + "\"");
              return WarmupSettings.DEFAULT;
            });
  }
}
