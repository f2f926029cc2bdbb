package org.dfaas.sampler.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --set key.path=value} from the command line. The path is in the plain layout ({@code
 * cooldown.max_wait_seconds}, {@code functions[0].max_rate}); the value is read as YAML, so {@code
 * 10}, {@code true}, {@code [0, 50]} and {@code 30s} all mean what they would in the file.
 *
 * @param text the override as given
 * @param segments the key path, split; list indexes are the segments written {@code [n]}
 * @param value the parsed value
 */
public record ConfigOverride(String text, List<String> segments, JsonNode value) {

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_]+)((?:\\[[0-9]+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[([0-9]+)]");
  private static final YAMLMapper YAML = new YAMLMapper();

  /** Parses {@code key.path=value}, or throws {@link IllegalArgumentException} saying why not. */
  public static ConfigOverride parse(String text) {
    int equals = text.indexOf('=');
    if (equals <= 0) {
      throw new IllegalArgumentException(
          "--set: expected key.path=value, e.g. --set duration=10s (the value is not repeated here,"
              + " it may be a secret)");
    }
    List<String> segments = new ArrayList<>();
    for (String part : text.substring(0, equals).split("\\.", -1)) {
      Matcher matcher = SEGMENT.matcher(part);
      if (!matcher.matches()) {
        throw new IllegalArgumentException(
            "--set "
                + text.substring(0, equals)
                + ": \""
                + part
                + "\" is not a key name (letters, digits, _ and [n])");
      }
      segments.add(matcher.group(1));
      Matcher index = INDEX.matcher(matcher.group(2));
      while (index.find()) {
        segments.add("[" + index.group(1) + "]");
      }
    }
    return new ConfigOverride(
        text, segments, parseValue(text.substring(0, equals), text.substring(equals + 1)));
  }

  private static JsonNode parseValue(String key, String raw) {
    if (raw.isBlank()) {
      return TextNode.valueOf(raw);
    }
    try {
      JsonNode value = YAML.readTree(raw);
      return value == null || value.isMissingNode() ? TextNode.valueOf(raw) : value;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "--set " + key + ": the value is not valid YAML (" + yamlProblem(e) + ")", e);
    }
  }

  /** The key path as written, without the value (which may be a secret). */
  public String key() {
    return text.substring(0, text.indexOf('='));
  }

  /** Where the YAML parser stopped, without the text it quotes (the value may be a secret). */
  private static String yamlProblem(JsonProcessingException e) {
    return e.getLocation() == null ? "unreadable" : "column " + e.getLocation().getColumnNr();
  }

  /** Writes the value into {@code root}, creating maps on the way; problems go to {@code into}. */
  void applyTo(ObjectNode root, Problems into) {
    JsonNode current = root;
    String path = "";
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      boolean last = i == segments.size() - 1;
      String next = last ? null : segments.get(i + 1);
      String here = segment.startsWith("[") ? path + segment : join(path, segment);
      JsonNode child;
      if (segment.startsWith("[")) {
        int index = Integer.parseInt(segment.substring(1, segment.length() - 1));
        if (!(current instanceof ArrayNode list) || index >= list.size()) {
          into.add(here, "--set " + key() + ": there is no such list item to override");
          return;
        }
        if (last) {
          list.set(index, value);
          return;
        }
        child = list.get(index);
      } else {
        if (!(current instanceof ObjectNode map)) {
          into.add(path, "--set " + key() + ": not a map, cannot set " + segment + " in it");
          return;
        }
        if (last) {
          map.set(segment, value);
          return;
        }
        child = map.get(segment);
        if (child == null || child.isNull()) {
          child =
              next.startsWith("[")
                  ? JsonNodeFactory.instance.arrayNode()
                  : JsonNodeFactory.instance.objectNode();
          map.set(segment, child);
        }
      }
      current = child;
      path = here;
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
