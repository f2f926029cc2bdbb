package org.dfaas.sampler.cli.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import org.dfaas.sampler.runtime.PlanWalk;

/**
 * {@code plan --json} of a config with targets: a fleet's targets each as {@link PlanJson} writes
 * one, or a pool's one plan, with {@code estimated_wall_seconds} for the number of targets.
 */
public final class TargetsPlanJson implements RunPlanFormat {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void writeOne(PlanWalk walk, PrintWriter out) {
    new PlanJson().write(walk, out);
  }

  /** {@code {"targets_mode": "fleet", "targets": {name: plan}, "estimated_wall_seconds": n}}. */
  @Override
  public void writeFleet(Map<String, PlanWalk> walks, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("targets_mode", "fleet");
    ObjectNode targets = root.putObject("targets");
    walks.forEach((name, walk) -> targets.set(name, PlanJson.tree(walk)));
    root.put("estimated_wall_seconds", PlanWalk.fleetWallSeconds(walks.values()));
    out.println(root.toString());
  }

  /** The plan's object with {@code targets_mode}, {@code targets} and the divided estimate. */
  @Override
  public void writePool(PlanWalk walk, int targets, PrintWriter out) {
    ObjectNode root = PlanJson.tree(walk);
    root.put("targets_mode", "pool");
    root.put("targets", targets);
    root.put("estimated_wall_seconds", walk.poolWallSeconds(targets));
    out.println(root.toString());
  }
}
