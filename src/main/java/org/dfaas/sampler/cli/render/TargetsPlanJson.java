package org.dfaas.sampler.cli.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import org.dfaas.sampler.runtime.PlanWalk;
import org.dfaas.sampler.runtime.RunPlan;

/**
 * {@code plan --json} of a config with targets: a fleet's targets each as {@link PlanJson} writes
 * one, or a pool's one plan, with {@code estimated_wall_seconds} for the number of targets.
 */
public final class TargetsPlanJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code plan} as the runtime shaped it: one target's, a pool's or a fleet's. */
  public void write(RunPlan plan, PrintWriter out) {
    if (plan.isFleet()) {
      writeFleet(plan.fleet(), out);
    } else if (plan.pool()) {
      writePool(plan.walk(), plan.targets(), out);
    } else {
      new PlanJson().write(plan.walk(), out);
    }
  }

  /** {@code {"targets_mode": "fleet", "targets": {name: plan}, "estimated_wall_seconds": n}}. */
  public void writeFleet(Map<String, PlanWalk> walks, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("targets_mode", "fleet");
    ObjectNode targets = root.putObject("targets");
    walks.forEach((name, walk) -> targets.set(name, PlanJson.tree(walk)));
    root.put("estimated_wall_seconds", PlanWalk.fleetWallSeconds(walks.values()));
    out.println(root.toString());
  }

  /** The plan's object with {@code targets_mode}, {@code targets} and the divided estimate. */
  public void writePool(PlanWalk walk, int targets, PrintWriter out) {
    ObjectNode root = PlanJson.tree(walk);
    root.put("targets_mode", "pool");
    root.put("targets", targets);
    root.put("estimated_wall_seconds", walk.poolWallSeconds(targets));
    out.println(root.toString());
  }
}
