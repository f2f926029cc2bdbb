package org.dfaas.sampler.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The position of a walk over a {@link Plan}: a k-combination of the sorted functions and, within
 * it, an odometer over the functions' rates whose last digit turns fastest (compat §3). Advancing
 * allocates only when the walk enters a new combination, so a walk over millions of configurations
 * costs a few hundred small objects.
 *
 * <p>Not thread-safe: one cursor per walk.
 */
public final class PlanCursor {

  private final List<String> names;
  private final int[][] choices;
  private final int lastSize;

  private int size;
  private int[] members;
  private int[] digits;
  private int[] rates;
  private FunctionSet set;
  private int setOrdinal = -1;
  private boolean inSet;

  /**
   * @param names the sorted function names
   * @param choices the allowed rates of each function, ascending, in the order of {@code names}
   * @param firstSize the smallest combination size
   * @param lastSize the largest combination size, inclusive
   */
  PlanCursor(List<String> names, int[][] choices, int firstSize, int lastSize) {
    this.names = names;
    this.choices = choices;
    this.lastSize = Math.min(lastSize, names.size());
    this.size = Math.max(firstSize, 1);
  }

  /** Moves to the next configuration; false when the plan is exhausted. */
  public boolean advance() {
    if (inSet && nextRates()) {
      return true;
    }
    while (nextCombination()) {
      if (startRates()) {
        return true;
      }
    }
    inSet = false;
    return false;
  }

  /** The combination of the current configuration. */
  public FunctionSet set() {
    return set;
  }

  /** The rates of the current configuration: the cursor's own buffer, changed by each advance. */
  public int[] rates() {
    return rates;
  }

  private boolean nextRates() {
    for (int i = members.length - 1; i >= 0; i--) {
      int[] own = choices[members[i]];
      if (++digits[i] < own.length) {
        rates[i] = own[digits[i]];
        return true;
      }
      digits[i] = 0;
      rates[i] = own[0];
    }
    return false;
  }

  /** Starts the odometer of a new combination; false when one of its functions has no rate. */
  private boolean startRates() {
    for (int i = 0; i < members.length; i++) {
      int[] own = choices[members[i]];
      if (own.length == 0) {
        inSet = false;
        return false;
      }
      digits[i] = 0;
      rates[i] = own[0];
    }
    inSet = true;
    return true;
  }

  private boolean nextCombination() {
    if (size > lastSize) {
      return false;
    }
    if (members == null || !stepMembers()) {
      if (members != null) {
        size++;
        if (size > lastSize) {
          return false;
        }
      }
      members = new int[size];
      for (int i = 0; i < size; i++) {
        members[i] = i;
      }
      digits = new int[size];
      rates = new int[size];
    }
    List<String> setNames = new ArrayList<>(size);
    for (int member : members) {
      setNames.add(names.get(member));
    }
    set = new FunctionSet(++setOrdinal, setNames);
    return true;
  }

  /** The next k-combination in lexicographic order; false after the last one. */
  private boolean stepMembers() {
    int n = names.size();
    int k = members.length;
    int i = k - 1;
    while (i >= 0 && members[i] == n - k + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    members[i]++;
    for (int j = i + 1; j < k; j++) {
      members[j] = members[j - 1] + 1;
    }
    return true;
  }
}
