package org.dfaas.sampler.k6;

import java.util.Map;

/**
 * Writes strings and string maps exactly as Python's {@code json.dumps} does with its defaults
 * ({@code ensure_ascii=True}, separators {@code ", "} and {@code ": "}). The old tool put request
 * bodies and headers into the k6 script this way, and the script must stay byte-for-byte the same
 * (compat §5), so a general JSON library, which chooses its own escapes, will not do.
 */
public final class PythonJson {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private PythonJson() {}

  /** {@code text} as a JSON string literal, quotes included. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    out.append('"');
    // Java strings are UTF-16 already, so a character beyond U+FFFF arrives as the very surrogate
    // pair Python writes for it.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < ' ' || c > '~') {
            appendUnicodeEscape(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** {@code entries} as a JSON object of strings, in the map's iteration order. */
  static String object(Map<String, String> entries) {
    StringBuilder out = new StringBuilder("{");
    String separator = "";
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      out.append(separator).append(quote(entry.getKey())).append(": ");
      out.append(quote(entry.getValue()));
      separator = ", ";
    }
    return out.append('}').toString();
  }

  private static void appendUnicodeEscape(StringBuilder out, char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }
}
