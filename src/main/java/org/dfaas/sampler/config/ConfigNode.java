package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A map of the config tree, read key by key with type checks. Each wrong type becomes a problem
 * naming the key path; keys never read are reported as unknown. A key written as {@code null} (or
 * left empty in YAML) counts as not set.
 */
final class ConfigNode {

  private final ObjectNode node;
  private final String path;
  private final Problems problems;
  private final Set<String> read = new HashSet<>();

  ConfigNode(ObjectNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  String path() {
    return path;
  }

  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The map itself, to derive another from (a target's keys over the top level's). */
  ObjectNode tree() {
    return node;
  }

  Problems problems() {
    return problems;
  }

  boolean has(String key) {
    JsonNode value = node.get(key);
    return value != null && !value.isNull();
  }

  /** The raw value, marked as read; empty when not set. */
  Optional<JsonNode> raw(String key) {
    read.add(key);
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  String string(String key, String fallback) {
    return raw(key).map(value -> asString(value, pathOf(key))).orElse(fallback);
  }

  Integer integer(String key, Integer fallback) {
    return raw(key).map(value -> asInteger(value, pathOf(key))).orElse(fallback);
  }

  /** The integer under {@code key}; {@code fallback} when unset or not an integer. */
  int integerOr(String key, int fallback) {
    Integer value = integer(key, fallback);
    return value == null ? fallback : value;
  }

  Long longValue(String key, Long fallback) {
    return raw(key)
        .map(
            value -> {
              if (value.isIntegralNumber() && value.canConvertToLong()) {
                return value.longValue();
              }
              problems.add(pathOf(key), "must be an integer, got " + describe(value));
              return fallback;
            })
        .orElse(fallback);
  }

  double number(String key, double fallback) {
    return raw(key)
        .map(
            value -> {
              if (value.isNumber()) {
                return value.doubleValue();
              }
              problems.add(pathOf(key), "must be a number, got " + describe(value));
              return fallback;
            })
        .orElse(fallback);
  }

  boolean bool(String key, boolean fallback) {
    return raw(key).map(value -> asBoolean(value, pathOf(key), fallback)).orElse(fallback);
  }

  /**
   * The value of {@code key} among {@code values}, each spelled by {@code spelling}; {@code
   * fallback} when unset, and a problem listing the choices when it is none of them.
   */
  <E extends Enum<E>> E choice(String key, E[] values, Function<E, String> spelling, E fallback) {
    String text = string(key, null);
    if (text == null) {
      return fallback;
    }
    for (E value : values) {
      if (spelling.apply(value).equals(text)) {
        return value;
      }
    }
    problems.add(
        pathOf(key),
        "must be one of "
            + Arrays.stream(values).map(spelling).collect(Collectors.joining(", "))
            + ", got \""
            + text
            + "\"");
    return fallback;
  }

  Optional<ConfigNode> object(String key) {
    return raw(key)
        .flatMap(
            value -> {
              if (value instanceof ObjectNode object) {
                return Optional.of(new ConfigNode(object, pathOf(key), problems));
              }
              problems.add(pathOf(key), "must be a map, got " + describe(value));
              return Optional.empty();
            });
  }

  /**
   * The block under {@code key} as {@code reader} reads it, then its unknown keys reported; {@code
   * fallback} when the block is not given.
   */
  <T> T block(String key, T fallback, Function<ConfigNode, T> reader) {
    return object(key)
        .map(
            node -> {
              T value = reader.apply(node);
              node.warnUnknownKeys();
              return value;
            })
        .orElse(fallback);
  }

  Optional<List<JsonNode>> list(String key) {
    return raw(key)
        .flatMap(
            value -> {
              if (value.isArray()) {
                List<JsonNode> items = new ArrayList<>();
                value.forEach(items::add);
                return Optional.of(items);
              }
              problems.add(pathOf(key), "must be a list, got " + describe(value));
              return Optional.empty();
            });
  }

  /** Every key of this map, in file order, each marked as read. */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    read.addAll(keys);
    return keys;
  }

  /**
   * Reports each key of this map that no one read: an error when it is a near miss of a key read
   * here or a known key of another level (either would silently leave a default in force for a
   * whole campaign), else a warning.
   */
  void warnUnknownKeys() {
    problems.keyPlaces().add(path, read);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (read.contains(name)) {
        continue;
      }
      Optional<String> meant = KeySpelling.nearest(name, read);
      List<String> elsewhere = problems.keyPlaces().placesOf(name, pathOf(name));
      if (meant.isPresent()) {
        problems.add(pathOf(name), "unknown key; did you mean `" + meant.get() + "`?");
      } else if (!elsewhere.isEmpty()) {
        problems.add(
            pathOf(name),
            "not a key at this level; did you mean "
                + elsewhere.stream().map(at -> "`" + at + "`").collect(Collectors.joining(" or "))
                + "?");
      } else {
        problems.warn(pathOf(name), "unknown key, ignored");
      }
    }
  }

  String asString(JsonNode value, String at) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber()) {
      return value.asText();
    }
    problems.add(at, "must be a string, got " + describe(value));
    return null;
  }

  Integer asInteger(JsonNode value, String at) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    problems.add(at, "must be an integer, got " + describe(value));
    return null;
  }

  private boolean asBoolean(JsonNode value, String at, boolean fallback) {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    // The old tool read YAML 1.1, where yes/no/on/off are booleans too.
    if (value.isTextual()) {
      switch (value.textValue().toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on" -> {
          return true;
        }
        case "false", "no", "off" -> {
          return false;
        }
        default -> {}
      }
    }
    problems.add(at, "must be true or false, got " + describe(value));
    return fallback;
  }

  static String describe(JsonNode value) {
    if (value.isTextual()) {
      return "\"" + value.textValue() + "\"";
    }
    if (value.isObject()) {
      return "a map";
    }
    if (value.isArray()) {
      return "a list";
    }
    return value.toString();
  }
}
