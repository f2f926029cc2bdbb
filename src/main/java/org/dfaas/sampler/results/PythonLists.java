package org.dfaas.sampler.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists written as Python's {@code repr} writes them, the form of the {@code functions} and {@code
 * rates} cells of {@code index.csv}: {@code ['env', 'figlet']} and {@code [20, 10]}.
 *
 * <p>Writing follows {@code repr} (single quotes unless the text holds a single quote and no double
 * quote; backslash escapes for the quote, the backslash, {@code \t \n \r} and non-printable
 * characters). Reading accepts anything {@code repr} can produce, either quote, and any spacing, so
 * that index files of the old tool resume. Parse errors are {@link IllegalArgumentException}s
 * naming the column; the caller adds the file and line.
 */
public final class PythonLists {

  private PythonLists() {}

  public static String formatStrings(List<String> items) {
    List<String> literals = new ArrayList<>();
    for (String item : items) {
      literals.add(repr(item));
    }
    return "[" + String.join(", ", literals) + "]";
  }

  public static String formatInts(int[] items) {
    List<String> literals = new ArrayList<>();
    for (int item : items) {
      literals.add(Integer.toString(item));
    }
    return "[" + String.join(", ", literals) + "]";
  }

  static List<String> parseStrings(String text) {
    Cursor cursor = new Cursor(text);
    List<String> items = new ArrayList<>();
    cursor.parseList(() -> items.add(cursor.stringLiteral()));
    return List.copyOf(items);
  }

  static int[] parseInts(String text) {
    Cursor cursor = new Cursor(text);
    List<Integer> items = new ArrayList<>();
    cursor.parseList(() -> items.add(cursor.intLiteral()));
    return items.stream().mapToInt(Integer::intValue).toArray();
  }

  static String repr(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    text.codePoints().forEach(c -> appendEscaped(out, c, quote));
    return out.append(quote).toString();
  }

  private static void appendEscaped(StringBuilder out, int c, char quote) {
    switch (c) {
      case '\\' -> out.append("\\\\");
      case '\t' -> out.append("\\t");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      default -> {
        if (c == quote) {
          out.append('\\').append(quote);
        } else if (isPrintable(c)) {
          out.appendCodePoint(c);
        } else if (c <= 0xff) {
          out.append(String.format("\\x%02x", c));
        } else if (c <= 0xffff) {
          out.append(String.format("\\u%04x", c));
        } else {
          out.append(String.format("\\U%08x", c));
        }
      }
    }
  }

  // Python's str.isprintable: everything but the "Other" and "Separator" categories, space aside.
  private static boolean isPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }

  /** A position in the text being parsed. */
  private static final class Cursor {
    private final String text;
    private int pos;

    Cursor(String text) {
      this.text = text;
    }

    void parseList(Runnable item) {
      skipSpaces();
      expect('[');
      skipSpaces();
      if (peek() == ']') {
        pos++;
      } else {
        while (true) {
          item.run();
          skipSpaces();
          char next = peek();
          if (next != ',' && next != ']') {
            throw error("expected ',' or ']'");
          }
          pos++;
          if (next == ']') {
            break;
          }
          skipSpaces();
        }
      }
      skipSpaces();
      if (pos < text.length()) {
        throw error("unexpected text after the list");
      }
    }

    int intLiteral() {
      int start = pos;
      if (peek() == '-' || peek() == '+') {
        pos++;
      }
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
      try {
        return Integer.parseInt(text.substring(start, pos));
      } catch (NumberFormatException e) {
        pos = start;
        throw error("expected an integer");
      }
    }

    String stringLiteral() {
      char quote = peek();
      if (quote != '\'' && quote != '"') {
        throw error("expected a quoted string");
      }
      pos++;
      StringBuilder out = new StringBuilder();
      while (true) {
        if (pos >= text.length()) {
          throw error("unterminated string");
        }
        char c = text.charAt(pos++);
        if (c == quote) {
          return out.toString();
        }
        if (c == '\\') {
          escape(out);
        } else {
          out.append(c);
        }
      }
    }

    private void escape(StringBuilder out) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      switch (c) {
        case '\\', '\'', '"' -> out.append(c);
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'v' -> out.append('\u000b');
        case 'x' -> out.appendCodePoint(hex(2));
        case 'u' -> out.appendCodePoint(hex(4));
        case 'U' -> out.appendCodePoint(hex(8));
        default -> out.append('\\').append(c); // Python keeps unknown escapes as written
      }
    }

    private int hex(int digits) {
      if (pos + digits > text.length()) {
        throw error("truncated \\x, \\u or \\U escape");
      }
      try {
        int value = Integer.parseUnsignedInt(text.substring(pos, pos + digits), 16);
        if (!Character.isValidCodePoint(value)) {
          throw error("escape beyond Unicode");
        }
        pos += digits;
        return value;
      } catch (NumberFormatException e) {
        throw error("bad hexadecimal escape");
      }
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    private char peek() {
      return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpaces() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at column " + (pos + 1) + " of " + text);
    }
  }
}
