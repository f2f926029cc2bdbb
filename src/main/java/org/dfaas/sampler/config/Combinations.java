package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Which combination sizes the plan takes: the {@code combinations:} block.
 *
 * @param minFunctions the smallest number of functions in a configuration
 * @param maxFunctions the exclusive upper bound on it, as the old tool had it
 */
public record Combinations(int minFunctions, int maxFunctions) {

  /** Single functions only, as the old tool's default. */
  static final Combinations DEFAULTS = new Combinations(1, 2);

  /**
   * @param functionCount how many functions the config has: a plan of larger combinations only is
   *     empty, which is worth a warning
   */
  static Combinations read(ConfigNode root, int functionCount, Problems problems) {
    ConfigNode node = root.object("combinations").orElse(null);
    int min =
        node == null
            ? DEFAULTS.minFunctions()
            : node.integerOr("min_functions", DEFAULTS.minFunctions());
    int max =
        node == null
            ? DEFAULTS.maxFunctions()
            : node.integerOr("max_functions", DEFAULTS.maxFunctions());
    if (min < 1) {
      problems.add("combinations.min_functions", "must be ≥ 1, got " + min);
    }
    if (max <= min) {
      problems.add(
          "combinations.max_functions",
          "is the exclusive upper bound, so it must be > min_functions (" + min + "), got " + max);
    }
    if (min > functionCount && functionCount > 0) {
      problems.warn(
          "combinations.min_functions",
          min + " but only " + functionCount + " function(s) configured: the plan is empty");
    }
    if (node != null) {
      node.warnUnknownKeys();
    }
    return new Combinations(min, max);
  }

  void print(ObjectNode into) {
    ObjectNode node = into.putObject("combinations");
    node.put("min_functions", minFunctions);
    node.put("max_functions", maxFunctions);
  }
}
