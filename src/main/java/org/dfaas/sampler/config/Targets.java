package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code targets:} of a config and how they share the work ({@code targets_mode}, {@code
 * pool_retry:}). Without targets ({@link #NONE}) a config has one implicit target: the top-level
 * keys, named as a single campaign's target is (env {@code LB_RUN_HOST}, else the host name).
 * Immutable.
 *
 * @param mode how the targets share the work; {@code null} exactly when there are no targets
 * @param all the targets in file order, names unique
 * @param poolRetry how a pool retries and drops a failing target ({@code pool_retry:})
 */
public record Targets(Mode mode, List<Target> all, PoolRetry poolRetry) {

  /** No {@code targets:}: the top-level keys are the one target. */
  public static final Targets NONE = new Targets(null, List.of());

  /** Targets whose pool, if any, retries as {@link PoolRetry#DEFAULTS}. */
  public Targets(Mode mode, List<Target> all) {
    this(mode, all, PoolRetry.DEFAULTS);
  }

  public Targets {
    all = List.copyOf(all);
    if (all.isEmpty() != (mode == null)) {
      throw new IllegalArgumentException("a mode goes with targets, and only with them");
    }
  }

  /** Whether the config lists no targets (one implicit target). */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** Whether the targets run one campaign each. */
  public boolean fleet() {
    return mode == Mode.FLEET;
  }

  /** Whether the targets share one plan. */
  public boolean pool() {
    return mode == Mode.POOL;
  }

  /** The target named {@code name}. */
  public Optional<Target> named(String name) {
    return all.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /**
   * @param root the top level
   * @param duration the top level's duration (a target's default k6 run timeout follows it)
   * @param paths a path as written in the config to a path ({@code ~} expanded)
   */
  static Targets read(
      ConfigNode root, LoadDuration duration, Function<String, Path> paths, Problems problems) {
    Mode mode = root.choice("targets_mode", Mode.values(), Mode::key, null);
    boolean modeWritten = root.has("targets_mode");
    List<JsonNode> items = root.list("targets").orElse(null);
    if (items == null) {
      if (modeWritten && !root.has("targets")) {
        problems.warn("targets_mode", "ignored without targets");
      }
      PoolRetry.read(root, false, problems);
      return NONE;
    }
    if (items.isEmpty()) {
      problems.add(
          "targets", "must list at least one target; leave it out to sample the top-level node");
      return NONE;
    }
    if (!modeWritten) {
      problems.add(
          "targets_mode",
          "required with targets: pool (alike nodes share one plan and one output folder) or"
              + " fleet (one campaign per target, each into {output_dir}/{name}/)");
    }
    List<Target> targets = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String at = "targets[" + i + "]";
      if (!(items.get(i) instanceof ObjectNode item)) {
        problems.add(at, "must be a map, got " + ConfigNode.describe(items.get(i)));
        continue;
      }
      Target target =
          Target.read(root, new ConfigNode(item, at, problems), duration, paths, problems);
      if (target == null) {
        continue;
      }
      // Case-blind: the name names a folder, and some file systems are.
      Integer first = seen.putIfAbsent(target.name().toLowerCase(Locale.ROOT), i);
      if (first != null) {
        problems.add(
            at + ".name",
            "\""
                + target.name()
                + "\" is already the name of targets["
                + first
                + "]; each target needs its own (it names a folder)");
      }
      targets.add(target);
    }
    PoolRetry retry = PoolRetry.read(root, mode == Mode.POOL, problems);
    if (targets.isEmpty()) {
      return NONE;
    }
    return new Targets(mode == null ? Mode.FLEET : mode, targets, retry);
  }

  /** Nothing without targets; else the mode, a pool's retries and each target. */
  void print(ObjectNode into) {
    if (isEmpty()) {
      return;
    }
    into.put("targets_mode", mode.key());
    if (pool()) {
      poolRetry.print(into);
    }
    ArrayNode items = into.putArray("targets");
    all.forEach(target -> target.print(items.addObject()));
  }

  /** {@code targets_mode}. */
  public enum Mode implements ConfigKeyword {
    /** Alike nodes share one plan and one output folder. */
    POOL,
    /** One campaign per target, each into {@code {output_dir}/{name}/}. */
    FLEET
  }
}
