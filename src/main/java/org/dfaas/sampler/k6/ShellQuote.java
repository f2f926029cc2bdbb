package org.dfaas.sampler.k6;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Quoting for the POSIX shell that runs commands on the k6 host: every word single-quoted, a single
 * quote inside written as {@code '\''}, so no path or tag can be read as shell syntax.
 */
final class ShellQuote {

  private ShellQuote() {}

  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  static String join(List<String> words) {
    return words.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
  }
}
