package org.dfaas.sampler.sandbox;

import java.util.Locale;
import java.util.Map;

/**
 * A figlet-style banner: text drawn in a 3×5 block font, as the {@code figlet} function of the
 * DFaaS functions draws it with FIGlet's fonts. Letters are upper-cased; a character the font lacks
 * is drawn as {@code ?}. Stateless and thread-safe.
 */
final class Banner {

  private static final int ROWS = 5;

  /** Each glyph as 5 rows of 3 cells split by {@code /}: {@code #} ink, {@code .} paper. */
  private static final Map<Character, String> FONT =
      Map.ofEntries(
          Map.entry('A', ".#./#.#/###/#.#/#.#"),
          Map.entry('B', "##./#.#/##./#.#/##."),
          Map.entry('C', ".##/#../#../#../.##"),
          Map.entry('D', "##./#.#/#.#/#.#/##."),
          Map.entry('E', "###/#../##./#../###"),
          Map.entry('F', "###/#../##./#../#.."),
          Map.entry('G', ".##/#../#.#/#.#/.##"),
          Map.entry('H', "#.#/#.#/###/#.#/#.#"),
          Map.entry('I', "###/.#./.#./.#./###"),
          Map.entry('J', "..#/..#/..#/#.#/.#."),
          Map.entry('K', "#.#/#.#/##./#.#/#.#"),
          Map.entry('L', "#../#../#../#../###"),
          Map.entry('M', "#.#/###/###/#.#/#.#"),
          Map.entry('N', "##./#.#/#.#/#.#/#.#"),
          Map.entry('O', ".#./#.#/#.#/#.#/.#."),
          Map.entry('P', "##./#.#/##./#../#.."),
          Map.entry('Q', ".#./#.#/#.#/##./.##"),
          Map.entry('R', "##./#.#/##./#.#/#.#"),
          Map.entry('S', ".##/#../.#./..#/##."),
          Map.entry('T', "###/.#./.#./.#./.#."),
          Map.entry('U', "#.#/#.#/#.#/#.#/###"),
          Map.entry('V', "#.#/#.#/#.#/#.#/.#."),
          Map.entry('W', "#.#/#.#/###/###/#.#"),
          Map.entry('X', "#.#/#.#/.#./#.#/#.#"),
          Map.entry('Y', "#.#/#.#/.#./.#./.#."),
          Map.entry('Z', "###/..#/.#./#../###"),
          Map.entry('0', "###/#.#/#.#/#.#/###"),
          Map.entry('1', ".#./##./.#./.#./###"),
          Map.entry('2', "###/..#/###/#../###"),
          Map.entry('3', "###/..#/.##/..#/###"),
          Map.entry('4', "#.#/#.#/###/..#/..#"),
          Map.entry('5', "###/#../###/..#/###"),
          Map.entry('6', "###/#../###/#.#/###"),
          Map.entry('7', "###/..#/..#/..#/..#"),
          Map.entry('8', "###/#.#/###/#.#/###"),
          Map.entry('9', "###/#.#/###/..#/###"),
          Map.entry(' ', ".../.../.../.../..."),
          Map.entry('!', ".#./.#./.#./.../.#."),
          Map.entry('.', ".../.../.../.../.#."),
          Map.entry('-', ".../.../###/.../..."),
          Map.entry('?', "###/..#/.#./.../.#."));

  private Banner() {}

  /** {@code text} as five lines of {@code #}, each glyph followed by one blank column. */
  static String render(String text) {
    String upper = text.strip().toUpperCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    for (int row = 0; row < ROWS; row++) {
      for (int i = 0; i < upper.length(); i++) {
        String glyph = FONT.getOrDefault(upper.charAt(i), FONT.get('?'));
        for (int column = 0; column < 3; column++) {
          out.append(glyph.charAt(row * 4 + column) == '#' ? '#' : ' ');
        }
        out.append(' ');
      }
      int end = out.length();
      while (end > 0 && out.charAt(end - 1) == ' ') {
        end--;
      }
      out.setLength(end);
      out.append('\n');
    }
    return out.toString();
  }
}
