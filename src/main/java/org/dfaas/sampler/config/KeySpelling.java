package org.dfaas.sampler.config;

import java.util.Collection;
import java.util.Optional;

/**
 * Whether an unknown key is a slip of the pen for a known one: within two edits (insertions,
 * deletions, substitutions or swaps of neighbours) for keys of six characters or more, one edit for
 * four or five, none below, so that short keys of other tools are not taken for ours.
 */
final class KeySpelling {

  private KeySpelling() {}

  /** The known key closest to {@code unknown} when it is near enough to be a typo. */
  static Optional<String> nearest(String unknown, Collection<String> known) {
    int allowed = allowedEdits(unknown);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(unknown, candidate);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  static int allowedEdits(String key) {
    if (key.length() >= 6) {
      return 2;
    }
    return key.length() >= 4 ? 1 : 0;
  }

  /** Edit distance counting a swap of two neighbouring characters as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
