package org.dfaas.sampler.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A terminal for tests: what was printed to {@link #stream()}, replayed as a screen that knows the
 * few controls the status board uses (carriage return, new line, cursor up {@code ESC[nA}, clear to
 * the end of the screen {@code ESC[J}). Anything else escaped fails the test.
 */
final class AnsiScreen {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  PrintStream stream() {
    return stream;
  }

  String written() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The screen's lines, top to bottom, after everything written so far. */
  List<String> lines() {
    List<StringBuilder> screen = new ArrayList<>();
    screen.add(new StringBuilder());
    int row = 0;
    int column = 0;
    String text = written();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        column = 0;
      } else if (c == '\n') {
        row++;
        column = 0;
        if (row == screen.size()) {
          screen.add(new StringBuilder());
        }
      } else if (c == '\u001b') {
        int end = i + 2;
        while (!Character.isLetter(text.charAt(end))) {
          end++;
        }
        String count = text.substring(i + 2, end);
        switch (text.charAt(end)) {
          case 'A' -> row = Math.max(0, row - (count.isEmpty() ? 1 : Integer.parseInt(count)));
          case 'J' -> {
            screen.get(row).setLength(Math.min(column, screen.get(row).length()));
            while (screen.size() > row + 1) {
              screen.remove(screen.size() - 1);
            }
          }
          default -> throw new AssertionError("unexpected control " + text.substring(i, end + 1));
        }
        i = end;
      } else {
        StringBuilder line = screen.get(row);
        while (line.length() < column) {
          line.append(' ');
        }
        if (column < line.length()) {
          line.setCharAt(column, c);
        } else {
          line.append(c);
        }
        column++;
      }
    }
    return screen.stream().map(StringBuilder::toString).toList();
  }
}
