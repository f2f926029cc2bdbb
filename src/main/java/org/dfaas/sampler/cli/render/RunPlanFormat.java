package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.util.Map;
import org.dfaas.sampler.runtime.PlanWalk;
import org.dfaas.sampler.runtime.RunPlan;

/** One format of {@code plan}'s answer, for each shape the runtime gives it. */
public interface RunPlanFormat {

  /** One target's plan. */
  void writeOne(PlanWalk walk, PrintWriter out);

  /** A pool's one plan, shared by {@code targets}. */
  void writePool(PlanWalk walk, int targets, PrintWriter out);

  /** A fleet's plans, one per target by its name. */
  void writeFleet(Map<String, PlanWalk> walks, PrintWriter out);

  /** {@code plan} as the runtime shaped it: one target's, a pool's or a fleet's. */
  default void write(RunPlan plan, PrintWriter out) {
    if (plan.isFleet()) {
      writeFleet(plan.fleet(), out);
    } else if (plan.pool()) {
      writePool(plan.walk(), plan.targets(), out);
    } else {
      writeOne(plan.walk(), out);
    }
  }
}
