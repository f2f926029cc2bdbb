package org.dfaas.sampler.report;

import static org.dfaas.sampler.report.Html.escape;
import static org.dfaas.sampler.report.Html.percent;
import static org.dfaas.sampler.report.Html.row;

import java.util.List;
import org.dfaas.sampler.TimeFormat;
import org.dfaas.sampler.report.ConfigurationResult.Status;

/**
 * The overview of a campaign: what ran, what was skipped and why, how much overloaded, and when.
 * Where the files cannot tell two cases apart (dominated or failed in the first iteration), the
 * page says what it inferred rather than pretending to know.
 */
final class OverviewSection {

  private final CampaignSummary summary;
  private final List<String> plannedTargets;

  OverviewSection(CampaignSummary summary) {
    this(summary, List.of());
  }

  /**
   * @param plannedTargets the targets {@code campaign.yaml} lists: one that wrote no row yet is
   *     counted at zero, not left out
   */
  OverviewSection(CampaignSummary summary, List<String> plannedTargets) {
    this.summary = summary;
    this.plannedTargets = List.copyOf(plannedTargets);
  }

  void appendTo(StringBuilder html) {
    Campaign campaign = summary.campaign();
    List<ConfigurationResult> run = summary.run();
    long overloaded = run.stream().filter(ConfigurationResult::overloaded).count();
    long iterations = campaign.iterations();
    long overloadedIterations = campaign.overloadedIterations();
    html.append("<h2 id=\"overview\">Overview</h2>\n<table>");
    fact(html, "functions", escape(String.join(", ", campaign.functions())));
    fact(html, "configurations run", String.valueOf(run.size()));
    count(html, "… done (in index.csv)", Status.DONE);
    count(html, "… incomplete (rows, not in index.csv)", Status.INCOMPLETE);
    count(html, "… failed (in skipped.csv, with rows)", Status.FAILED);
    count(html, "skipped as dominated by an overloaded one", Status.DOMINATED);
    if (!campaign.frontier().isEmpty()) {
      count(html, "inferred overloaded (frontier.csv)", Status.INFERRED_OVERLOADED);
      count(html, "inferred not overloaded (frontier.csv)", Status.INFERRED_OK);
    }
    fact(
        html,
        "configurations overloaded (more than half of their iterations)",
        overloaded + " of " + run.size() + " (" + percent(share(overloaded, run.size())) + ")");
    fact(html, "iterations (rows of results.csv)", String.valueOf(iterations));
    fact(
        html,
        "iterations overloaded",
        overloadedIterations + " (" + percent(share(overloadedIterations, iterations)) + ")");
    campaign
        .span()
        .ifPresent(
            span ->
                fact(
                    html,
                    "time span (campaign.log)",
                    TimeFormat.timestamp(span.first())
                        + " – "
                        + TimeFormat.timestamp(span.last())
                        + " ("
                        + TimeFormat.duration(span.duration())
                        + ")"));
    html.append(
            "</table>\n<p class=\"note\">skipped.csv does not say why a configuration is in it.")
        .append(
            " One with rows in results.csv is counted as failed; one without rows as dominated,")
        .append(" although one that failed in its first iteration looks the same.");
    if (campaign.skipped().isEmpty() && campaign.iterations() > 0) {
      html.append(" This folder has no skipped.csv (the old tool did not write one).");
    }
    if (campaign.tornLastLine()) {
      html.append(" The last line of results.csv was cut short (the campaign is writing it) and")
          .append(" is left out.");
    }
    html.append("</p>\n");
    targets(html);
  }

  /** Which target ran what: the {@code target} column of each row, counted. */
  private void targets(StringBuilder html) {
    List<TargetTally> tallies = targetTallies();
    if (tallies.isEmpty()) {
      return;
    }
    html.append("<h3 id=\"targets\">Targets</h3>\n<table class=\"targets\">")
        .append(
            row(
                "th",
                "target",
                "configurations run",
                "iterations (rows)",
                "iterations overloaded"));
    for (TargetTally t : tallies) {
      html.append(
          row(
                  "td",
                  escape(t.name()),
                  String.valueOf(t.configurations()),
                  String.valueOf(t.iterations()),
                  t.overloaded() + " (" + percent(share(t.overloaded(), t.iterations())) + ")")
              .replaceFirst("<td>", "<td class=\"l\">"));
    }
    html.append("</table>\n<p class=\"note\">From the <code>target</code> column of")
        .append(" results.csv");
    if (!plannedTargets.isEmpty()) {
      html.append(" and the targets of campaign.yaml (one without rows has run nothing yet)");
    }
    html.append(".</p>\n");
  }

  /** The rows' targets in the order first seen, then the planned ones that wrote none. */
  List<TargetTally> targetTallies() {
    List<TargetTally> tallies = new java.util.ArrayList<>(summary.campaign().targets());
    for (String planned : plannedTargets) {
      if (tallies.stream().noneMatch(t -> t.name().equals(planned))) {
        tallies.add(new TargetTally(planned, 0, 0, 0));
      }
    }
    return tallies;
  }

  /** A fact: how many configurations have {@code status}. */
  private void count(StringBuilder html, String name, Status status) {
    fact(html, name, String.valueOf(summary.withStatus(status).size()));
  }

  private static void fact(StringBuilder html, String name, String value) {
    html.append(row("td", name, value).replaceFirst("<td>", "<td class=\"l\">"));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? Double.NaN : part / (double) whole;
  }
}
