package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import org.dfaas.sampler.check.CheckReport;
import org.dfaas.sampler.check.PartResult;
import org.dfaas.sampler.check.QueryCheck;

/** {@code check}: one line per part, OK, FAIL or SKIP with the reason, details indented below. */
public final class CheckText implements ResultFormat<CheckReport> {

  @Override
  public void write(CheckReport report, PrintWriter out) {
    line(out, "k6", report.k6());
    line(out, "gateway", report.gateway());
    report
        .functions()
        .forEach(
            (name, f) ->
                out.println(
                    "  "
                        + name
                        + ": "
                        + (f.deployed() ? f.replicas() + " replica(s)" : "not deployed")));
    line(out, "prometheus", report.prometheus());
    report
        .queries()
        .forEach(
            (name, q) ->
                out.println("  " + name + ": " + (q.ok() ? q.value() : "FAIL " + firstLine(q))));
  }

  private static String firstLine(QueryCheck query) {
    return query.detail().lines().findFirst().orElse("");
  }

  private static void line(PrintWriter out, String part, PartResult result) {
    out.printf("%-10s %-4s %s%n", part, result.status(), result.detail().replace('\n', ' '));
  }
}
