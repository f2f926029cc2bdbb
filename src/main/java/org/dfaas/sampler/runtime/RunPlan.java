package org.dfaas.sampler.runtime;

import java.util.Map;
import java.util.Objects;

/**
 * What a run would do, walked without running anything: the walk of its one output folder (one
 * target, or a pool of {@code targets} sharing it), or of each fleet target's folder.
 *
 * @param walk the one folder's walk; {@code null} for a fleet
 * @param targets how many targets share the walk (1 for one target), or the fleet's size
 * @param fleet each fleet target's walk by its name, in the targets' order; empty but for a fleet
 * @param pool whether the targets are a pool's (one of them may be)
 */
public record RunPlan(PlanWalk walk, int targets, Map<String, PlanWalk> fleet, boolean pool) {

  public RunPlan {
    fleet = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fleet));
    if ((walk == null) == fleet.isEmpty()) {
      throw new IllegalArgumentException("either one walk or a fleet's");
    }
    Objects.checkIndex(targets - 1, Integer.MAX_VALUE);
  }

  /** Whether this is a fleet's plan: a walk per target. */
  public boolean isFleet() {
    return walk == null;
  }

  /** What is left to run and what dominance skips, over every folder (a progress bar's total). */
  public long toRun() {
    return isFleet()
        ? fleet.values().stream().mapToLong(w -> w.estimate().toRun()).sum()
        : walk.estimate().toRun();
  }

  /** What the folders already record as dominated. */
  public long dominated() {
    return isFleet()
        ? fleet.values().stream().mapToLong(w -> w.estimate().dominated()).sum()
        : walk.estimate().dominated();
  }
}
