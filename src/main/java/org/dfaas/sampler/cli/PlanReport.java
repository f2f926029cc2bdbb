package org.dfaas.sampler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.PlanEstimate;
import org.dfaas.sampler.plan.SizeEstimate;

/** The human form of {@code plan}: a short table per combination size and the totals. */
final class PlanReport {

  private final PrintWriter out;

  PlanReport(PrintWriter out) {
    this.out = out;
  }

  void print(
      String source,
      SamplerConfig config,
      Plan plan,
      PlanEstimate estimate,
      RecordedOutcomes recorded,
      Path index,
      OptionalLong capacity,
      long worstCaseSeconds) {
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
    out.printf(Locale.ROOT, "  done       read from %s%n", index);
    if (!recorded.overloaded().isEmpty() || recorded.failedNotDone() > 0) {
      out.printf(
          Locale.ROOT,
          "  recorded   %d overloaded before (what they dominate is skipped), %d failed before"
              + " (run tries them again)%n",
          recorded.overloaded().size(),
          recorded.failedNotDone());
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
          header,
          assumed,
          Integer.toString(size.size()),
          size.configurations(),
          size.done(),
          size.dominated(),
          size.toRun(),
          size.assumedOverloaded());
    }
    row(
        header,
        assumed,
        "total",
        estimate.configurations(),
        estimate.done(),
        estimate.dominated(),
        estimate.toRun(),
        estimate.assumedOverloaded());
    out.println();
    out.printf(
        Locale.ROOT,
        "  worst case %s: %,d to run × %d iterations × (%s + %d s cooldown)%n",
        duration(worstCaseSeconds),
        estimate.toRun(),
        config.iterations(),
        config.duration().text(),
        config.cooldown().maxWaitSeconds());
  }

  private void row(
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

  /** {@code 2 d 3 h 04 m} style, for a duration a human plans a week around. */
  static String duration(long seconds) {
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3_600;
    long minutes = seconds % 3_600 / 60;
    long rest = seconds % 60;
    if (days > 0) {
      return String.format(Locale.ROOT, "%d d %d h %02d m", days, hours, minutes);
    }
    if (hours > 0) {
      return String.format(Locale.ROOT, "%d h %02d m %02d s", hours, minutes, rest);
    }
    return String.format(Locale.ROOT, "%d m %02d s", minutes, rest);
  }
}
