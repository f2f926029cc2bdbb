package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import org.dfaas.sampler.runtime.RunPlan;

/** {@code plan}'s answer, as text or JSON: one folder's plan, a pool's, or each fleet target's. */
public final class RunPlanFormat implements ResultFormat<RunPlan> {

  private final boolean json;
  private final String source;

  /**
   * @param json one JSON object instead of text
   * @param source where the config came from, as the text names it
   */
  public RunPlanFormat(boolean json, String source) {
    this.json = json;
    this.source = source;
  }

  @Override
  public void write(RunPlan plan, PrintWriter out) {
    if (plan.isFleet()) {
      if (json) {
        new TargetsPlanJson().writeFleet(plan.fleet(), out);
      } else {
        new TargetsPlanText(source).writeFleet(plan.fleet(), out);
      }
    } else if (plan.targets() > 1) {
      if (json) {
        new TargetsPlanJson().writePool(plan.walk(), plan.targets(), out);
      } else {
        new TargetsPlanText(source).writePool(plan.walk(), plan.targets(), out);
      }
    } else {
      (json ? new PlanJson() : new PlanText(source)).write(plan.walk(), out);
    }
  }
}
