package org.dfaas.sampler.metrics;

/** Escaping for the inside of a double-quoted PromQL string literal (Go's escape rules). */
final class PromQlStrings {

  private PromQlStrings() {}

  /** {@code value} escaped so that {@code "…"} around it is one literal holding exactly it. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
