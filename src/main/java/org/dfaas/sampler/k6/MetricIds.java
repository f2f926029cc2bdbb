package org.dfaas.sampler.k6;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns function names into the identifiers a k6 script and its summary use for them ({@code
 * fn_{id}}, {@code latency_{id}}, …), by the rules of compat §5. Names may hold characters a
 * JavaScript identifier cannot, so two names can map to one id; the suffix keeps them apart.
 */
final class MetricIds {

  private MetricIds() {}

  /**
   * The ids of {@code names}, given in the order listed (the script's order: sorted by name).
   *
   * <p>The old tool appended {@code _{n}} once and did not check the result again, which in rare
   * cases (names {@code a-b}, {@code a-b_3}, {@code a.b}) gave two functions one id and a script k6
   * refuses. Here {@code n} keeps growing until the id is free; every case the old tool handled
   * comes out the same.
   *
   * @return function name → id, in the order of {@code names}
   */
  static Map<String, String> assign(List<String> names) {
    Map<String, String> ids = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String name : names) {
      String base = base(name);
      String id = base;
      for (int n = ids.size() + 1; used.contains(id); n++) {
        id = base + "_" + n;
      }
      used.add(id);
      ids.put(name, id);
    }
    return ids;
  }

  /** The id of {@code name} before any collision suffix. */
  static String base(String name) {
    StringBuilder id = new StringBuilder(name.length());
    // By code point, as Python's re.sub sees the name: one character beyond U+FFFF is one '_'.
    name.codePoints().forEach(c -> id.append(isIdentifierCharacter(c) ? (char) c : '_'));
    if (id.isEmpty()) {
      return "fn";
    }
    if (id.charAt(0) >= '0' && id.charAt(0) <= '9') {
      id.insert(0, "fn_");
    }
    return id.toString();
  }

  private static boolean isIdentifierCharacter(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }
}
