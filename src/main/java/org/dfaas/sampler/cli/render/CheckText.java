package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.HumanUnits;
import org.dfaas.sampler.check.CheckReport;
import org.dfaas.sampler.check.FunctionCheck;
import org.dfaas.sampler.check.PartResult;
import org.dfaas.sampler.check.QueryCheck;

/**
 * {@code check}: one line per part, OK, FAIL or SKIP with the reason, details indented below, and
 * the command that deploys the functions found not deployed.
 */
public final class CheckText implements ResultFormat<CheckReport> {

  private final String deployCommand;

  /**
   * @param deployCommand the {@code deploy} command line of the same config, to be pasted as it is
   */
  public CheckText(String deployCommand) {
    this.deployCommand = deployCommand;
  }

  @Override
  public void write(CheckReport report, PrintWriter out) {
    line(out, "k6", "load", "", report.k6());
    line(out, "gateway", "platform", "sandbox platform; ", report.gateway());
    report.functions().forEach((name, f) -> out.println("  " + name + ": " + deployment(f)));
    List<String> undeployed =
        report.functions().entrySet().stream()
            .filter(f -> f.getValue().listed() && !f.getValue().deployed())
            .map(Map.Entry::getKey)
            .toList();
    if (!undeployed.isEmpty()) {
      out.println(
          "  fix: "
              + deployCommand
              + " deploys "
              + String.join(", ", undeployed)
              + (undeployed.size() == 1 ? ", which is" : ", which are")
              + " not deployed");
    }
    // The metrics part's detail names which local source it is.
    line(out, "prometheus", "metrics", "", report.prometheus());
    report
        .queries()
        .forEach(
            (name, q) ->
                out.println(
                    "  "
                        + name
                        + ": "
                        + (q.ok()
                            ? HumanUnits.queryValue(name, q.value())
                            : "FAIL " + firstLine(q))));
  }

  private static String deployment(FunctionCheck function) {
    if (!function.listed()) {
      return "unknown (the gateway's function list could not be read)";
    }
    if (!function.deployed()) {
      return "not deployed";
    }
    return function.replicas() + (function.replicas() == 1 ? " replica" : " replicas");
  }

  private static String firstLine(QueryCheck query) {
    return query.detail().lines().findFirst().orElse("");
  }

  /** One part's line, named and described as the stand-in it is when the part is embedded. */
  private static void line(
      PrintWriter out, String part, String embeddedPart, String embeddedWhat, PartResult result) {
    String detail = result.detail().replace('\n', ' ');
    out.printf(
        "%-10s %-4s %s%n",
        result.embedded() ? embeddedPart : part,
        result.status(),
        result.embedded() ? "embedded: " + embeddedWhat + detail : detail);
  }
}
