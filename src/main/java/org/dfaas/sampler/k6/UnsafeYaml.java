package org.dfaas.sampler.k6;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ansible variables as flow-style YAML in which every string, a map key inside a value included, is
 * tagged {@code !unsafe}, so that Ansible never templates it: what the user wrote reaches the host
 * as data. Strings are written as JSON strings, which are valid YAML double-quoted scalars.
 * Stateless.
 */
public final class UnsafeYaml {

  private static final ObjectMapper JSON = new ObjectMapper();

  private UnsafeYaml() {}

  /** {@code {"name": value, ...}}: the names are the tool's own, the values are data. */
  public static String variables(Map<String, ?> variables) {
    return variables.entrySet().stream()
        .map(entry -> quoted(entry.getKey()) + ": " + data(entry.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String data(Object value) {
    if (value instanceof CharSequence text) {
      return "!unsafe " + quoted(text.toString());
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(UnsafeYaml::data).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(entry -> data(entry.getKey()) + ": " + data(entry.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    throw new IllegalArgumentException("not an Ansible value: " + value);
  }

  private static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string always serialises", e);
    }
  }
}
