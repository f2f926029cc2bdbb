package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The warm-up before the first configuration of each function set: one unrecorded run at the set's
 * lowest non-zero rates, so cold functions do not make its first configuration look overloaded
 * ({@code warmup: {duration: 5s}}; a zero duration, {@code 0s}, turns it off).
 *
 * @param duration how long the warm-up run lasts, {@code null} when off ({@code duration: 0s})
 */
public record WarmupSettings(LoadDuration duration) {

  /** Five seconds, as {@code warmup: {duration: 5s}}. */
  public static final WarmupSettings DEFAULT =
      new WarmupSettings(LoadDuration.parse("5s").orElseThrow());

  /** No warm-up. */
  public static final WarmupSettings OFF = new WarmupSettings(null);

  private static final Pattern ZERO = Pattern.compile("0+(ms|s|m|h)?");

  static WarmupSettings read(ConfigNode root, Problems problems) {
    ConfigNode node = root.object("warmup").orElse(null);
    if (node == null) {
      return DEFAULT;
    }
    String text = node.string("duration", null);
    node.warnUnknownKeys();
    if (text == null) {
      return DEFAULT;
    }
    if (ZERO.matcher(text).matches()) {
      return OFF;
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
              return DEFAULT;
            });
  }

  void print(ObjectNode into) {
    into.putObject("warmup").put("duration", enabled().map(LoadDuration::text).orElse("0s"));
  }

  /** The warm-up's duration, empty when there is none. */
  public Optional<LoadDuration> enabled() {
    return Optional.ofNullable(duration);
  }
}
