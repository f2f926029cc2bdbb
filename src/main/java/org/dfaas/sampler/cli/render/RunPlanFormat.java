package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import org.dfaas.sampler.runtime.RunPlan;

/**
 * {@code plan}'s answer: one folder's plan, a pool's, or each fleet target's; one JSON object
 * instead of text when {@code json}; {@code source} is where the config came from, as the text
 * names it.
 */
public record RunPlanFormat(boolean json, String source) implements ResultFormat<RunPlan> {

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
