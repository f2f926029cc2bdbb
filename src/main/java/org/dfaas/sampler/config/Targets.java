package org.dfaas.sampler.config;

import java.util.List;
import java.util.Optional;

/**
 * The {@code targets:} of a config and how they share the work ({@code targets_mode}). Without
 * targets ({@link #NONE}) a config has one implicit target: the top-level keys, named as a single
 * campaign's target is (env {@code LB_RUN_HOST}, else the host name). Immutable.
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
    java.util.Objects.requireNonNull(poolRetry, "poolRetry");
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

  /** {@code targets_mode}. */
  public enum Mode implements ConfigKeyword {
    /** Alike nodes share one plan and one output folder. */
    POOL,
    /** One campaign per target, each into {@code {output_dir}/{name}/}. */
    FLEET
  }
}
