package org.dfaas.sampler.report;

import static org.dfaas.sampler.report.Html.escape;
import static org.dfaas.sampler.report.Html.interval;
import static org.dfaas.sampler.report.Html.number;
import static org.dfaas.sampler.report.Html.row;

import java.util.Map;

/**
 * The report as one HTML page: inline CSS, images embedded, no script and nothing fetched, so that
 * it opens offline and prints as a paper's appendix. Sections in the order a reader asks: what ran,
 * each function alone, each pair, the node, then every number.
 */
final class ReportPage {

  private static final String CSS =
      """
      body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:2em auto;max-width:1200px;\
      color:#222;line-height:1.4;padding:0 1em}
      h1{font-size:1.6em;border-bottom:2px solid #333}h2{margin-top:2em;border-bottom:1px solid #aaa}
      table{border-collapse:collapse;margin:1em 0;font-size:.85em}
      th,td{border:1px solid #ccc;padding:.25em .5em;text-align:right;white-space:nowrap}
      td:first-child,th:first-child{text-align:left}
      th{background:#f0f0f0}td.l,th.l{text-align:left}
      .over td{background:#fde4e4}.skip td{color:#777}
      figure{margin:1em 0}img{max-width:100%;border:1px solid #ddd}
      figcaption{font-size:.8em;color:#555}.note{font-size:.85em;color:#444}
      """;

  private final CampaignSummary summary;
  private final String chartFolder;
  private final ReportCharts charts;
  private final StringBuilder html = new StringBuilder();

  ReportPage(CampaignSummary summary, ReportCharts charts, String chartFolder) {
    this.summary = summary;
    this.charts = charts;
    this.chartFolder = chartFolder;
  }

  String render() {
    String name = summary.campaign().folder().toAbsolutePath().normalize().toString();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Campaign report: ")
        .append(escape(name))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style></head><body>\n<h1>Campaign report</h1>\n<p><code>")
        .append(escape(name))
        .append("</code></p>\n");
    new OverviewSection(summary).appendTo(html);
    functions();
    pairs();
    node();
    configurations();
    return html.append("</body></html>\n").toString();
  }

  private void functions() {
    html.append("<h2 id=\"functions\">Each function alone</h2>\n<p class=\"note\">Mean over the")
        .append(" iterations with its 95 % confidence interval (Student t); a value missing")
        .append(
            " (<code>nan</code>) in an iteration is left out of it, a dash means no value.</p>\n");
    for (Map.Entry<String, ChartImage> entry : charts.functions().entrySet()) {
      String f = entry.getKey();
      html.append("<h3>").append(escape(f)).append("</h3>\n");
      html.append(Html.figure(entry.getValue(), chartFolder));
      html.append("<table>")
          .append(
              row(
                  "th",
                  "rate",
                  "iterations",
                  "success rate",
                  "95 % CI",
                  "mean latency (ms)",
                  "95 % CI",
                  "CPU",
                  "95 % CI",
                  "RAM",
                  "95 % CI",
                  "overloaded"));
      for (ConfigurationResult single : summary.singles(f)) {
        if (single.iterations().isEmpty()) {
          continue;
        }
        Stats success = single.functionStats(f, FunctionSample::successRate);
        Stats latency = single.functionStats(f, FunctionSample::avgLatencyMs);
        Stats cpu = single.functionStats(f, FunctionSample::cpu);
        Stats ram = single.functionStats(f, FunctionSample::ram);
        html.append(
            row(
                "td",
                String.valueOf(single.configuration().rateOf(f)),
                String.valueOf(single.iterations().size()),
                number(success.mean()),
                interval(success),
                number(latency.mean()),
                interval(latency),
                number(cpu.mean()),
                interval(cpu),
                number(ram.mean()),
                interval(ram),
                single.overloadedIterations() + "/" + single.iterations().size()));
      }
      html.append("</table>\n");
    }
  }

  private void pairs() {
    html.append("<h2 id=\"pairs\">Pairs of functions</h2>\n<p class=\"note\">Each cell is one")
        .append(" configuration: the share of its iterations that overloaded the node, from green")
        .append(" (none) to red (all), with the count; grey <em>skip</em> cells were skipped as")
        .append(" dominated by an overloaded configuration, <em>!</em> marks a failed one, blank")
        .append(" cells have not run. The black line is the frontier: below it no configuration")
        .append(" overloaded (more than half of its iterations).");
    if (!summary.campaign().frontier().isEmpty()) {
      html.append(" Hatched <em>inf</em> cells were not measured: the frontier search inferred")
          .append(" them from a measured configuration (<code>frontier.csv</code>), red hatching")
          .append(" overloaded (it dominates a measured overloaded one), green not (a measured")
          .append(" one that did not overload dominates it).");
    }
    html.append("</p>\n");
    for (PairGrid grid : charts.grids()) {
      html.append("<h3>")
          .append(escape(grid.first()))
          .append(" × ")
          .append(escape(grid.second()))
          .append("</h3>\n")
          .append(Html.figure(charts.pairs().get(grid), chartFolder))
          .append("<table>")
          .append(
              row(
                  "th",
                  "rate of " + escape(grid.first()),
                  "overload starts at rate of " + escape(grid.second())));
      for (int x = 0; x < grid.firstRates().size(); x++) {
        String start =
            grid.frontierRow(x).map(y -> String.valueOf(grid.secondRates().get(y))).orElse("–");
        html.append(row("td", String.valueOf(grid.firstRates().get(x)), start));
      }
      html.append("</table>\n");
    }
    if (charts.grids().isEmpty()) {
      html.append("<p>No configuration of two functions in this folder.</p>\n");
    }
  }

  private void node() {
    html.append("<h2 id=\"node\">The node</h2>\n");
    html.append(Html.figure(charts.node(), chartFolder));
  }

  private void configurations() {
    html.append("<h2 id=\"configurations\">Every configuration</h2>\n<table>")
        .append(
            row(
                "th",
                "configuration",
                "id",
                "status",
                "iterations",
                "overloaded",
                "node CPU mean",
                "sd",
                "95 % CI",
                "node RAM % mean",
                "sd",
                "95 % CI"));
    for (ConfigurationResult c : summary.configurations()) {
      Stats cpu = c.stats(IterationSample::nodeCpu);
      Stats ram = c.stats(IterationSample::nodeRamPct);
      String css = c.iterations().isEmpty() ? "skip" : c.overloaded() ? "over" : "";
      html.append(css.isEmpty() ? "" : "<tbody class=\"" + css + "\">")
          .append(
              row(
                  "td",
                  escape(c.configuration().describe()),
                  "<code>" + c.configuration().id() + "</code>",
                  c.status().name().toLowerCase(java.util.Locale.ROOT),
                  String.valueOf(c.iterations().size()),
                  verdict(c),
                  number(cpu.mean()),
                  number(cpu.sd()),
                  interval(cpu),
                  number(ram.mean()),
                  number(ram.sd()),
                  interval(ram)))
          .append(css.isEmpty() ? "" : "</tbody>");
    }
    html.append("</table>\n");
  }

  private static String verdict(ConfigurationResult c) {
    if (c.iterations().isEmpty()) {
      return "–";
    }
    return (c.overloaded() ? "yes " : "no ")
        + c.overloadedIterations()
        + "/"
        + c.iterations().size();
  }
}
