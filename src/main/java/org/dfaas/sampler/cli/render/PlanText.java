package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.dfaas.sampler.TimeFormat;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.PlanEstimate;
import org.dfaas.sampler.plan.SizeEstimate;
import org.dfaas.sampler.runtime.PlanWalk;
import org.dfaas.sampler.runtime.RecordedOutcomes;
import org.dfaas.sampler.runtime.SettledCount;

/** {@code plan}: a short table per combination size and the totals. */
public final class PlanText implements ResultFormat<PlanWalk> {

  private final String source;

  /**
   * @param source the config file as the user named it
   */
  public PlanText(String source) {
    this.source = source;
  }

  @Override
  public void write(PlanWalk walk, PrintWriter out) {
    SamplerConfig config = walk.config();
    Plan plan = walk.plan();
    PlanEstimate estimate = walk.estimate();
    OptionalLong capacity = walk.assumedCapacity();
    int[] rates = config.rateStrategy().rates();
    out.printf(Locale.ROOT, "Plan of %s%n", source);
    out.printf(
        Locale.ROOT,
        "  functions  %s (%d)%n",
        String.join(", ", plan.functionNames()),
        plan.functionNames().size());
    out.printf(
        Locale.ROOT,
        "  rates      %s (%d, %s)%n",
        Arrays.stream(rates).mapToObj(Integer::toString).collect(Collectors.joining(", ")),
        rates.length,
        config.rateStrategy().type());
    out.printf(Locale.ROOT, "  done       read from %s%n", walk.index());
    RecordedOutcomes recorded = walk.recorded();
    if (!recorded.overloaded().isEmpty() || recorded.failedNotDone() > 0) {
      out.printf(
          Locale.ROOT,
          "  recorded   %d overloaded before (what they dominate is skipped), %d failed before"
              + " (run tries them again)%n",
          recorded.overloaded().size(),
          recorded.failedNotDone());
    }
    SettledCount settled = walk.settled();
    if (settled.inferred() > 0) {
      out.printf(
          Locale.ROOT,
          "  inferred   %,d ok, %,d overloaded: settled by the folder's frontier search, run"
              + " skips them%n",
          settled.inferredOk(),
          settled.inferredOverloaded());
    }
    if (capacity.isPresent()) {
      out.printf(
          Locale.ROOT,
          "  assumed    overloaded when the sum of the rates exceeds %d requests/s%n",
          capacity.getAsLong());
    }
    out.println();
    boolean assumed = capacity.isPresent() || estimate.dominated() > 0;
    String header = assumed ? "  %-6s %15s %12s %12s %12s %12s%n" : "  %-6s %15s %12s %12s%n";
    if (assumed) {
      out.printf(
          Locale.ROOT,
          header,
          "size",
          "configurations",
          "done",
          "dominated",
          "to run",
          "overloaded");
    } else {
      out.printf(Locale.ROOT, header, "size", "configurations", "done", "to run");
    }
    for (SizeEstimate size : estimate.bySize()) {
      row(
          out,
          header,
          assumed,
          Integer.toString(size.size()),
          size.configurations(),
          size.done(),
          size.dominated(),
          walk.toRun(size),
          size.assumedOverloaded());
    }
    row(
        out,
        header,
        assumed,
        "total",
        estimate.configurations(),
        estimate.done(),
        estimate.dominated(),
        walk.toRun(),
        estimate.assumedOverloaded());
    out.println();
    out.printf(
        Locale.ROOT,
        "  worst case %s: %,d to run × %d iterations × (%s + %d s cooldown)%n",
        TimeFormat.duration(walk.worstCaseSeconds()),
        walk.toRun(),
        config.iterations(),
        config.duration().text(),
        config.cooldown().maxWaitSeconds());
  }

  private static void row(
      PrintWriter out,
      String format,
      boolean assumed,
      String size,
      long configurations,
      long done,
      long dominated,
      long toRun,
      long overloaded) {
    if (assumed) {
      out.printf(
          Locale.ROOT,
          format,
          size,
          group(configurations),
          group(done),
          group(dominated),
          group(toRun),
          group(overloaded));
    } else {
      out.printf(Locale.ROOT, format, size, group(configurations), group(done), group(toRun));
    }
  }

  private static String group(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
