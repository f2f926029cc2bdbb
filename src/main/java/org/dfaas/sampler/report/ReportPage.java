package org.dfaas.sampler.report;

import static org.dfaas.sampler.report.Html.escape;
import static org.dfaas.sampler.report.Html.interval;
import static org.dfaas.sampler.report.Html.number;
import static org.dfaas.sampler.report.Html.row;

import java.util.List;
import java.util.Map;

/**
 * The report as one HTML page: inline CSS, images embedded, no script and nothing fetched, so that
 * it opens offline and prints as a paper's appendix. Sections in the order a reader asks: what ran,
 * each function alone, each pair, the node, then every number.
 */
final class ReportPage {

  /**
   * The rows of the every-configuration table: a campaign of a hundred thousand configurations
   * would make a page no browser opens, and no reader reads.
   */
  static final int LISTED_CONFIGURATIONS = 2000;

  private static final String CSS =
      """
      body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:2em auto;max-width:1200px;\
      color:#222;line-height:1.4;padding:0 1em}
      h1{font-size:1.6em;border-bottom:2px solid #333}h2{margin-top:2em;border-bottom:1px solid #aaa}
      table{border-collapse:collapse;margin:1em 0;font-size:.85em;display:block;max-width:100%;\
      overflow-x:auto}
      th,td{border:1px solid #ccc;padding:.25em .5em;text-align:right;white-space:nowrap}
      td:first-child,th:first-child{text-align:left}
      th{background:#f0f0f0;white-space:normal}td.l,th.l{text-align:left;white-space:normal;min-width:6em}
      .over td{background:#fde4e4}.skip td{color:#777}
      figure{margin:1em 0}img{max-width:100%;height:auto;border:1px solid #ddd}
      figcaption{font-size:.8em;color:#555}.note{font-size:.85em;color:#444}
      """;

  private final CampaignSummary summary;
  private final String chartFolder;
  private final ReportCharts charts;
  private final StringBuilder html = new StringBuilder();

  private final CampaignParameters parameters;

  ReportPage(
      CampaignSummary summary,
      ReportCharts charts,
      CampaignParameters parameters,
      String chartFolder) {
    this.summary = summary;
    this.charts = charts;
    this.parameters = parameters;
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
    parameters();
    new OverviewSection(summary, parameters.targets()).appendTo(html);
    functions();
    pairs();
    triples();
    node();
    configurations();
    return html.append("</body></html>\n").toString();
  }

  private void parameters() {
    html.append("<h2 id=\"parameters\">Parameters</h2>\n<table class=\"parameters\">");
    parameters
        .values()
        .forEach(
            (name, value) ->
                html.append(
                    row("td", escape(name), escape(value))
                        .replaceFirst("<td>", "<td class=\"l\">")
                        .replaceFirst("</td><td>", "</td><td class=\"l\">")));
    html.append("</table>\n<p class=\"note\">From ")
        .append(escape(parameters.source()))
        .append(".</p>\n");
  }

  private void functions() {
    html.append("<h2 id=\"functions\">Each function alone</h2>\n<p class=\"note\">Mean over the")
        .append(" iterations with its 95 % confidence interval (Student t); a value missing")
        .append(" (<code>nan</code>) in an iteration is left out of it, a dash means no value.")
        .append(" A rate ringed in red overloaded the node (more than half of its iterations).")
        .append(" The ")
        .append(escape(charts.memory().label()))
        .append(" of a function is ")
        .append(escape(charts.memory().meaning()))
        .append(".</p>\n");
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
                  "CPU (% of a core)",
                  "95 % CI",
                  escape(charts.memory().label()),
                  "95 % CI",
                  "overloaded"));
      for (ConfigurationResult single : summary.singles(f)) {
        if (!single.measured()) {
          continue;
        }
        Stats success = single.functionStats(f, FunctionValue.SUCCESS_RATE).within(0, 1);
        Stats latency = single.functionStats(f, FunctionValue.AVG_LATENCY);
        Stats cpu = single.functionStats(f, FunctionValue.CPU);
        Stats ram = single.functionStats(f, FunctionValue.RAM).scaled(1 / FunctionChart.MIB);
        html.append(
            row(
                "td",
                String.valueOf(single.configuration().rateOf(f)),
                String.valueOf(single.iterationCount()),
                number(success.mean()),
                interval(success),
                number(latency.mean()),
                interval(latency),
                number(cpu.mean()),
                interval(cpu),
                number(ram.mean()),
                interval(ram),
                single.overloadedIterations() + "/" + single.iterationCount()));
      }
      html.append("</table>\n");
      latencies(f);
    }
  }

  /**
   * Latency percentiles of a function alone, mean over the iterations: from the extra columns, else
   * from the saved k6 summaries.
   */
  private void latencies(String f) {
    html.append("<table class=\"latency\">")
        .append(
            row(
                "th",
                "rate (requests/s)",
                "latency mean (ms)",
                "median (ms)",
                "p90 (ms)",
                "p95 (ms)"));
    boolean any = false;
    for (ConfigurationResult single : summary.singles(f)) {
      if (!single.measured()) {
        continue;
      }
      Stats median = single.functionStats(f, FunctionValue.MEDIAN_LATENCY);
      Stats p90 = single.functionStats(f, FunctionValue.P90_LATENCY);
      Stats p95 = single.functionStats(f, FunctionValue.P95_LATENCY);
      any |= median.n() + p90.n() + p95.n() > 0;
      html.append(
          row(
              "td",
              String.valueOf(single.configuration().rateOf(f)),
              number(single.functionStats(f, FunctionValue.AVG_LATENCY).mean()),
              number(median.mean()),
              number(p90.mean()),
              number(p95.mean())));
    }
    html.append("</table>\n");
    if (!any) {
      html.append("<p class=\"note\">No percentiles: the results file has no")
          .append(" <code>latency_*_function_*</code> columns (the old tool's layout, or")
          .append(" <code>results_extra_columns: false</code>) and the folder no k6 summaries")
          .append(" in <code>summaries/</code> that hold them.</p>\n");
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
      html.append(" Hatched cells marked <em>inferred</em> were not measured: the frontier search")
          .append(" inferred them from a measured configuration (<code>frontier.csv</code>),")
          .append(" red hatching <em>overloaded</em> (it dominates a measured overloaded one),")
          .append(" green <em>ok</em> (a measured one that did not overload dominates it).");
    }
    html.append("</p>\n");
    for (PairGrid grid : charts.grids()) {
      html.append("<h3>").append(escape(grid.title())).append("</h3>\n");
      grid(grid, charts.pairs().get(grid));
    }
    if (charts.grids().isEmpty()) {
      html.append("<p>No configuration of two functions in this folder.</p>\n");
    }
  }

  private void grid(PairGrid grid, ChartImage map) {
    html.append(Html.figure(map, chartFolder))
        .append("<p class=\"note\">The frontier as CSV: <a download=\"")
        .append(escape(FrontierDownload.fileName(grid)))
        .append("\" href=\"")
        .append(FrontierDownload.dataUri(grid))
        .append("\">")
        .append(escape(FrontierDownload.fileName(grid)))
        .append("</a></p>\n<table>")
        .append(
            row(
                "th",
                "rate of " + escape(grid.first()) + " (requests/s)",
                "overload starts at rate of " + escape(grid.second()) + " (requests/s)"));
    for (int x = 0; x < grid.firstRates().size(); x++) {
      String start =
          grid.frontierRow(x).map(y -> String.valueOf(grid.secondRates().get(y))).orElse("–");
      html.append(row("td", String.valueOf(grid.firstRates().get(x)), start));
    }
    html.append("</table>\n");
  }

  private void triples() {
    if (charts.triples().isEmpty()) {
      return;
    }
    html.append("<h2 id=\"triples\">Three functions</h2>\n<p class=\"note\">One overload map")
        .append(" per rate of the third function, read as the pair maps above; of more than ")
        .append(PairGrid.MOST_TRIPLE_GRIDS)
        .append(" rates, ")
        .append(PairGrid.MOST_TRIPLE_GRIDS)
        .append(" spread from the lowest to the highest.</p>\n");
    charts
        .triples()
        .forEach(
            (names, grids) -> {
              html.append("<h3>").append(escape(String.join(" × ", names))).append("</h3>\n");
              for (PairGrid grid : grids) {
                html.append("<h4>").append(escape(grid.title())).append("</h4>\n");
                grid(grid, charts.tripleMaps().get(grid));
              }
            });
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
                "overload reasons (iterations)",
                "node CPU mean (% of a core)",
                "sd",
                "95 % CI",
                "node RAM mean (%)",
                "sd",
                "95 % CI"));
    List<ConfigurationResult> all = summary.configurations();
    for (ConfigurationResult c : all.subList(0, Math.min(all.size(), LISTED_CONFIGURATIONS))) {
      Stats cpu = c.stats(NodeValue.CPU);
      Stats ram = c.stats(NodeValue.RAM_PCT);
      String css = !c.measured() ? "skip" : c.overloaded() ? "over" : "";
      html.append(css.isEmpty() ? "" : "<tbody class=\"" + css + "\">")
          .append(
              row(
                  "td",
                  java.util.Set.of(0, 5),
                  escape(c.configuration().describe()),
                  "<code>" + c.configuration().id() + "</code>",
                  c.status().name().toLowerCase(java.util.Locale.ROOT),
                  String.valueOf(c.iterationCount()),
                  verdict(c),
                  escape(reasons(c)),
                  number(cpu.mean()),
                  number(cpu.sd()),
                  interval(cpu),
                  number(ram.mean()),
                  number(ram.sd()),
                  interval(ram)))
          .append(css.isEmpty() ? "" : "</tbody>");
    }
    html.append("</table>\n");
    if (all.size() > LISTED_CONFIGURATIONS) {
      html.append("<p class=\"note\">The first ")
          .append(LISTED_CONFIGURATIONS)
          .append(" of ")
          .append(all.size())
          .append(" configurations, in plan order: the page stays readable. The others are in")
          .append(" the counts, tables and charts above, and each row in results.csv.</p>\n");
    }
  }

  /** {@code cpu ×2, success_rate:a ×1}: each reason with the iterations it held in. */
  private static String reasons(ConfigurationResult c) {
    Map<String, Integer> counts = c.overloadReasons();
    if (counts.isEmpty()) {
      return c.overloadedIterations() > 0 ? "not recorded" : "";
    }
    return counts.entrySet().stream()
        .map(e -> e.getKey() + " ×" + e.getValue())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static String verdict(ConfigurationResult c) {
    if (!c.measured()) {
      return "–";
    }
    return (c.overloaded() ? "yes " : "no ") + c.overloadedIterations() + "/" + c.iterationCount();
  }
}
