package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.dfaas.sampler.TimeFormat;
import org.dfaas.sampler.runtime.PlanWalk;

/**
 * {@code plan} of a config with targets: the plan as {@link PlanText} shows it, per target for a
 * fleet (each has its own folder), then the estimated wall time for the number of targets.
 */
public final class TargetsPlanText implements RunPlanFormat {

  private final String source;

  /**
   * @param source the config file as the user named it
   */
  public TargetsPlanText(String source) {
    this.source = source;
  }

  @Override
  public void writeOne(PlanWalk walk, PrintWriter out) {
    new PlanText(source).write(walk, out);
  }

  /** A fleet: each target's campaign runs at once, so the longest one is the wall time. */
  @Override
  public void writeFleet(Map<String, PlanWalk> walks, PrintWriter out) {
    walks.forEach(
        (name, walk) -> {
          out.println("== target " + name);
          new PlanText(source).write(walk, out);
          out.println();
        });
    out.printf(
        Locale.ROOT,
        "fleet of %d targets, in parallel: worst case %s wall time (the longest target's)%n",
        walks.size(),
        TimeFormat.duration(PlanWalk.fleetWallSeconds(walks.values())));
  }

  /** A pool: the targets share one plan, so the wall time is about the serial time divided. */
  @Override
  public void writePool(PlanWalk walk, int targets, PrintWriter out) {
    new PlanText(source).write(walk, out);
    out.printf(
        Locale.ROOT,
        "  pool of %d targets: about %s wall time (estimate: the worst case divided by %d)%n",
        targets,
        TimeFormat.duration(walk.poolWallSeconds(targets)),
        targets);
  }
}
