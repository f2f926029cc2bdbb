package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Turns either config layout into the effective dfaas map (compat §1). The legacy layout is {@code
 * common} deep-merged with {@code plugins.dfaas}; the plain layout is the file itself.
 */
final class ConfigLayout {

  private ConfigLayout() {}

  /** Whether the file is in the old tool's layout. */
  static boolean isLegacy(ObjectNode root) {
    return root.has("plugins") || root.has("common");
  }

  /** The effective dfaas map of {@code root}, a fresh tree that can be changed freely. */
  static ObjectNode effective(ObjectNode root, Problems problems) {
    if (!isLegacy(root)) {
      return root.deepCopy();
    }
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    JsonNode common = root.get("common");
    if (common instanceof ObjectNode commonMap) {
      merged = commonMap.deepCopy();
    } else if (common != null && !common.isNull()) {
      problems.add("common", "must be a map, got " + ConfigNode.describe(common));
    }
    JsonNode plugins = root.get("plugins");
    JsonNode dfaas = plugins == null ? null : plugins.get("dfaas");
    if (dfaas instanceof ObjectNode dfaasMap) {
      mergeInto(merged, dfaasMap);
    } else if (dfaas != null && !dfaas.isNull()) {
      problems.add("plugins.dfaas", "must be a map, got " + ConfigNode.describe(dfaas));
    }
    return merged;
  }

  /** Nested maps merge key by key; any other value of {@code override} replaces the base one. */
  static void mergeInto(ObjectNode base, ObjectNode override) {
    for (Map.Entry<String, JsonNode> entry : override.properties()) {
      JsonNode existing = base.get(entry.getKey());
      if (existing instanceof ObjectNode existingMap
          && entry.getValue() instanceof ObjectNode map) {
        mergeInto(existingMap, map);
      } else {
        base.set(entry.getKey(), entry.getValue().deepCopy());
      }
    }
  }
}
