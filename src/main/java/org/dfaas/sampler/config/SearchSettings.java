package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a campaign chooses what to measure (the {@code search:} block). The defaults are the old
 * tool's campaign: the grid, every measured configuration run {@code iterations} times. Immutable.
 *
 * @param mode the grid (plan order, skipping what an overloaded configuration dominates) or the
 *     frontier search (measure only what decides where overload starts, infer the rest)
 * @param iterations every iteration for each measured configuration, or one and the others only
 *     when it was close to a threshold
 * @param margin how close is close, relative to each threshold: {@code 0.1} is within 10 %
 * @param zeroRateEquivalent whether, for inference only, a configuration behaves like the one
 *     without its functions at rate 0 (rate 0 sends nothing)
 * @param interiorSamples extra non-overloaded configurations measured per function set in frontier
 *     mode, spread below the frontier, so that a dataset keeps points to regress on
 */
public record SearchSettings(
    Mode mode,
    IterationMode iterations,
    double margin,
    boolean zeroRateEquivalent,
    int interiorSamples) {

  /** Today's campaign: grid, fixed iterations. */
  public static final SearchSettings DEFAULTS =
      new SearchSettings(Mode.GRID, IterationMode.FIXED, 0.1, true, 0);

  static SearchSettings read(ConfigNode root, Problems problems) {
    return root.block("search", DEFAULTS, node -> fromBlock(node, problems));
  }

  private static SearchSettings fromBlock(ConfigNode node, Problems problems) {
    Mode mode = node.choice("mode", Mode.values(), Mode::key, DEFAULTS.mode());
    IterationMode iterations =
        node.choice(
            "iterations", IterationMode.values(), IterationMode::key, DEFAULTS.iterations());
    double margin = node.number("margin", DEFAULTS.margin());
    Rules.checkRange("search.margin", margin, 0, 1, problems);
    boolean zeroRate = node.bool("zero_rate_equivalent", DEFAULTS.zeroRateEquivalent());
    int interior = node.integerOr("interior_samples", DEFAULTS.interiorSamples());
    if (interior < 0) {
      problems.add("search.interior_samples", "must be ≥ 0, got " + interior);
    }
    return new SearchSettings(
        mode,
        iterations,
        Rules.isWithin(margin, 0, 1) ? margin : DEFAULTS.margin(),
        zeroRate,
        Math.max(interior, 0));
  }

  void print(ObjectNode into) {
    ObjectNode node = into.putObject("search");
    node.put("mode", mode.key());
    node.put("iterations", iterations.key());
    node.put("margin", margin);
    node.put("zero_rate_equivalent", zeroRateEquivalent);
    node.put("interior_samples", interiorSamples);
  }

  /** This search with another mode: {@code plan --search} overrides the config's. */
  public SearchSettings withMode(Mode other) {
    return new SearchSettings(other, iterations, margin, zeroRateEquivalent, interiorSamples);
  }

  /** This search with other iterations. */
  public SearchSettings withIterations(IterationMode other) {
    return new SearchSettings(mode, other, margin, zeroRateEquivalent, interiorSamples);
  }

  /** {@code search.mode}. */
  public enum Mode implements ConfigKeyword {
    GRID,
    FRONTIER
  }

  /** {@code search.iterations}. */
  public enum IterationMode implements ConfigKeyword {
    FIXED,
    ADAPTIVE
  }
}
