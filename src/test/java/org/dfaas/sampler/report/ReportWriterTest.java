package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  private static final Pattern IMAGE =
      Pattern.compile("<img src=\"data:image/png;base64,([^\"]+)\"");

  @TempDir static Path dir;

  private static ReportWriter.Written written;
  private static String html;

  @BeforeAll
  static void writeTheReportOfTheFixture() throws IOException {
    Path folder = ReportFixture.copyTo(dir.resolve("campaign"));
    written = ReportWriter.write(folder, folder.resolve("report.html"));
    html = Files.readString(written.page());
  }

  @Test
  void hasEverySection() {
    for (String section : List.of("overview", "functions", "pairs", "node", "configurations")) {
      assertThat(html).contains("<h2 id=\"" + section + "\">");
    }
    assertThat(html).contains("<h3>env</h3>", "<h3>figlet</h3>", "<h3>env × figlet</h3>");
  }

  @Test
  void theOverviewCountsWhatRanWhatWasSkippedAndWhen() {
    assertThat(html)
        .contains("<td class=\"l\">functions</td><td>env, figlet</td>")
        .contains("<td class=\"l\">configurations run</td><td>12</td>")
        .contains("<td class=\"l\">… failed (in skipped.csv, with rows)</td><td>1</td>")
        .contains("<td class=\"l\">skipped as dominated by an overloaded one</td><td>3</td>")
        .contains("<td>3 of 12 (25.0 %)</td>")
        .contains("<td class=\"l\">iterations (rows of results.csv)</td><td>34</td>")
        .contains("<td>6 (17.6 %)</td>")
        .contains("2026-11-20 09:00:01.250 – 2026-11-20 11:47:30.500 (2 h 47 m 29 s)");
  }

  @Test
  void showsTheMeanStandardDeviationAndStudentIntervalComputedByHand() {
    // env=10 alone: node CPU 13, 15, 17 → 15 ± 4.302653 × 2 / √3.
    assertThat(rowOf(Configuration.of(new RatePair("env", 10))))
        .contains("<td>15.000</td><td>2.000</td><td>10.032 – 19.968</td>");
    // figlet=10 alone: CPU 0.1, nan, 0.3 → the nan is left out: 0.2 ± 12.7062 × 0.1414 / √2.
    assertThat(html).contains("<td>0.200</td><td>-1.071 – 1.471</td>");
  }

  @Test
  void showsMissingValuesAsADashNotAsZero() {
    // The failed configuration has one iteration: no standard deviation, no interval.
    String failed = rowOf(Configuration.of(new RatePair("env", 0), new RatePair("figlet", 20)));
    assertThat(failed)
        .contains("<td>failed</td>", "<td>yes 1/1</td>", "<td>23.000</td><td>–</td><td>–</td>");
  }

  @Test
  void listsTheFrontierOfThePair() {
    assertThat(html)
        .contains("<tr><td>0</td><td>20</td></tr>")
        .contains("<tr><td>10</td><td>10</td></tr>")
        .contains("<tr><td>20</td><td>10</td></tr>");
  }

  @Test
  void embedsChartsThatDecodeAsPngAndWritesTheSameBesideThePage() throws IOException {
    Matcher matcher = IMAGE.matcher(html);
    List<BufferedImage> embedded = new ArrayList<>();
    while (matcher.find()) {
      embedded.add(
          ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(matcher.group(1)))));
    }
    assertThat(embedded).hasSize(4).doesNotContainNull();
    assertThat(embedded).allSatisfy(image -> assertThat(image.getWidth()).isBetween(600, 2000));
    assertThat(written.images())
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "function-env.png",
            "function-env.svg",
            "function-figlet.png",
            "function-figlet.svg",
            "pair-env-figlet.png",
            "pair-env-figlet.svg",
            "node.png",
            "node.svg",
            "pair-env-figlet-frontier.csv");
    for (Path image : written.images()) {
      if (!image.toString().endsWith(".png")) {
        continue;
      }
      BufferedImage png = ImageIO.read(image.toFile());
      assertThat(png).as(image.toString()).isNotNull();
      assertThat(png.getHeight()).isBetween(400, 2000);
    }
  }

  @Test
  void writesEveryChartAsSvgTooAndLinksItFromThePage() throws IOException {
    for (String name : List.of("function-env", "function-figlet", "pair-env-figlet", "node")) {
      Path svg = written.page().resolveSibling("report-charts/" + name + ".svg");
      assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg", "</svg>");
      assertThat(html).contains("href=\"report-charts/" + name + ".svg\">SVG</a>");
    }
  }

  @Test
  void putsAUnitOnEveryAxis() throws IOException {
    String functionSvg =
        Files.readString(written.page().resolveSibling("report-charts/function-env.svg"));
    assertThat(functionSvg)
        .contains(
            "rate of env (requests/s)",
            "success rate (0..1)",
            "mean latency (ms)",
            "CPU (% of one core)",
            "RAM (MiB)");
    assertThat(Files.readString(written.page().resolveSibling("report-charts/node.svg")))
        .contains("total rate of the configuration (requests/s)", "node RAM (% of its memory)");
    assertThat(Files.readString(written.page().resolveSibling("report-charts/pair-env-figlet.svg")))
        .contains("rate of env (requests/s)", "rate of figlet (requests/s)");
  }

  @Test
  void offersTheFrontierOfEachPairAsCsv() throws IOException {
    Path csv = written.page().resolveSibling("report-charts/pair-env-figlet-frontier.csv");
    assertThat(Files.readString(csv))
        .isEqualTo(
            "rate_function_env,overload_starts_at_rate_function_figlet\r\n"
                + "0,20\r\n10,10\r\n20,10\r\n");
    assertThat(html).contains("download=\"pair-env-figlet-frontier.csv\" href=\"data:text/csv;");
  }

  @Test
  void showsTheParametersTheFolderHoldsWithoutCampaignYaml() {
    assertThat(html)
        .contains("<h2 id=\"parameters\">Parameters</h2>")
        .contains("<td class=\"l\">functions</td><td class=\"l\">env, figlet</td>")
        .contains("<td class=\"l\">search</td><td class=\"l\">grid (no frontier.csv)</td>")
        .contains("From the folder&#39;s files (no campaign.yaml).");
  }

  @Test
  void showsTheParametersOfCampaignYamlAndTheRunsOfTheLog(@TempDir Path other) throws IOException {
    Path folder = ReportFixture.copyTo(other.resolve("with-config"));
    Files.writeString(
        folder.resolve("campaign.yaml"),
        """
        functions: [{name: figlet}, {name: env}]
        rate_strategy: {type: custom, rates: [0, 10, 20]}
        duration: 45s
        iterations: 3
        overload: {cpu_overload_pct_of_capacity: 75, replicas_overload_threshold: 12}
        search: {mode: frontier}
        """);
    Files.writeString(
        folder.resolve("campaign.log"),
        "2026-11-30 10:00:00.000 INFO  campaign paper-1 on target node-a by dfaas-sampler 1.2.3:"
            + " output in x, log in y\n",
        java.nio.file.StandardOpenOption.APPEND);

    String page = Files.readString(ReportWriter.write(folder, other.resolve("p.html")).page());

    assertThat(page)
        .contains("From campaign.yaml.")
        .contains(
            "<td class=\"l\">rates (requests/s)</td><td class=\"l\">env: 0, 10, 20; figlet: 0, 10, 20</td>")
        .contains("<td class=\"l\">duration of an iteration</td><td class=\"l\">45s</td>")
        .contains("<td class=\"l\">iterations</td><td class=\"l\">3</td>")
        .contains("node CPU &gt; 75 % of capacity", "replicas ≥ 12")
        .contains("<td class=\"l\">search</td><td class=\"l\">frontier")
        .contains("paper-1 on node-a", "dfaas-sampler 1.2.3");
  }

  @Test
  void showsLatencyPercentilesAndOverloadReasonsFromTheExtraColumns(@TempDir Path other)
      throws IOException {
    Path folder = other.resolve("extra");
    try (org.dfaas.sampler.results.ResultStore store =
        org.dfaas.sampler.results.ResultStore.open(
            folder, List.of("env"), org.dfaas.sampler.config.OutputSettings.DEFAULT)) {
      for (int iteration = 1; iteration <= 2; iteration++) {
        store.recordIteration(extraIteration(iteration));
      }
    }

    String page = Files.readString(ReportWriter.write(folder, other.resolve("x.html")).page());

    assertThat(page)
        .contains(
            "<tr><td>30</td><td>12.500</td><td>11.000</td><td>20.000</td><td>25.000</td></tr>")
        .contains("<td class=\"l\">cpu ×2, success_rate:env ×1</td>")
        .doesNotContain("No percentiles");
  }

  @Test
  void readsLatencyPercentilesFromTheSavedSummariesOfAFolderWithoutExtraColumns(@TempDir Path other)
      throws IOException {
    Path folder = other.resolve("old-layout");
    // k6 writes either form: the legacy export (numbers at the top) or handleSummary's values.
    List<String> summaries =
        List.of(
            "{\"metrics\": {\"latency_env\": {\"avg\": 12.5, \"med\": 10, \"p(90)\": 18,"
                + " \"p(95)\": 24}}}",
            "{\"metrics\": {\"latency_env\": {\"type\": \"trend\", \"values\": {\"avg\": 12.5,"
                + " \"med\": 12, \"p(90)\": 22, \"p(95)\": 26}}}}");
    writeWithoutExtraColumns(folder, summaries);
    assertThat(Files.readString(folder.resolve("results.csv"))).doesNotContain("latency_p95");

    String page = Files.readString(ReportWriter.write(folder, other.resolve("x.html")).page());

    assertThat(page)
        .contains(
            "<tr><td>30</td><td>12.500</td><td>11.000</td><td>20.000</td><td>25.000</td></tr>")
        .doesNotContain("No percentiles");
  }

  @Test
  void saysWhyThereAreNoPercentilesWhenNeitherColumnsNorSummariesHoldThem(@TempDir Path other)
      throws IOException {
    Path folder = other.resolve("bare");
    writeWithoutExtraColumns(folder, List.of("{}"));

    String page = Files.readString(ReportWriter.write(folder, other.resolve("x.html")).page());

    assertThat(page).contains("No percentiles");
  }

  /**
   * A folder in the old tool's layout (no extra columns) holding one iteration of {@code env=30}
   * per summary, each saved with its summary.
   */
  private static void writeWithoutExtraColumns(Path folder, List<String> summaries)
      throws IOException {
    try (org.dfaas.sampler.results.ResultStore store =
        org.dfaas.sampler.results.ResultStore.open(
            folder,
            List.of("env"),
            new org.dfaas.sampler.config.OutputSettings(
                false, org.dfaas.sampler.config.OutputSettings.LatencyFormat.INTEGER))) {
      for (int iteration = 1; iteration <= summaries.size(); iteration++) {
        org.dfaas.sampler.results.IterationRecord recorded = extraIteration(iteration);
        store.recordIteration(
            new org.dfaas.sampler.results.IterationRecord(
                recorded.configuration(),
                iteration,
                1,
                summaries.get(iteration - 1),
                recorded.metrics(),
                recorded.row()));
      }
    }
  }

  private static org.dfaas.sampler.results.IterationRecord extraIteration(int iteration) {
    Configuration configuration = Configuration.of(new RatePair("env", 30));
    org.dfaas.sampler.results.FunctionMeasurement env =
        new org.dfaas.sampler.results.FunctionMeasurement(
            "env",
            30,
            iteration == 1 ? 0.5 : 1.0,
            new org.dfaas.sampler.metrics.FunctionUsage(10, 5e7, Double.NaN),
            1,
            iteration == 1,
            12.5,
            new org.dfaas.sampler.k6.LatencyDetail(12.5, 11, 20, 25),
            300);
    org.dfaas.sampler.metrics.NodeUsage usage =
        new org.dfaas.sampler.metrics.NodeUsage(390, 1e9, 40, Double.NaN);
    List<String> reasons = iteration == 1 ? List.of("cpu", "success_rate:env") : List.of("cpu");
    return new org.dfaas.sampler.results.IterationRecord(
        configuration,
        iteration,
        1,
        "{}",
        new org.dfaas.sampler.metrics.MetricsRow(usage, java.util.Map.of()),
        new org.dfaas.sampler.results.ResultRow(
            List.of(env),
            new org.dfaas.sampler.results.NodeMeasurement(usage, usage, 0, true),
            0,
            reasons));
  }

  @Test
  void isSelfContained() {
    assertThat(html).doesNotContain("<script", "http://", "https://", "<link");
  }

  @Test
  void escapesWhatComesFromTheFolder(@TempDir Path other) throws IOException {
    Path folder = ReportFixture.copyTo(other.resolve("a<b>&c"), "results.csv");

    String page = Files.readString(ReportWriter.write(folder, other.resolve("r.html")).page());

    assertThat(page).contains("a&lt;b&gt;&amp;c").doesNotContain("a<b>");
    assertThat(other.resolve("r-charts/node.png")).isRegularFile();
  }

  private static String rowOf(Configuration configuration) {
    return rowOf(html, configuration);
  }

  @Test
  void drawsAFrontierCampaignsInferredCellsApartFromItsMeasuredOnes(@TempDir Path other)
      throws IOException {
    Path folder = frontierCampaign(other.resolve("frontier"));

    String page = Files.readString(ReportWriter.write(folder, other.resolve("f.html")).page());

    assertThat(page)
        .contains("<td class=\"l\">inferred overloaded (frontier.csv)</td><td>3</td>")
        .contains("<td class=\"l\">inferred not overloaded (frontier.csv)</td><td>1</td>")
        .contains("<td class=\"l\">skipped as dominated by an overloaded one</td><td>0</td>")
        .contains("Hatched cells marked <em>inferred</em> were not measured");
    String inferredOk = rowOf(page, pair(0, 0));
    assertThat(inferredOk).contains("<td>inferred_ok</td>", "<td>0</td>", "<td>–</td>");
    assertThat(rowOf(page, pair(20, 20))).contains("<td>inferred_overloaded</td>");
    // The frontier counts an inferred overloaded cell as overloaded, like a dominated one.
    assertThat(page)
        .contains("<tr><td>10</td><td>10</td></tr>")
        .contains("<tr><td>20</td><td>10</td></tr>");
    assertThat(html).doesNotContain("Hatched");
  }

  @Test
  void paintsInferredCellsHatchedInTheColourOfTheirClass() {
    OverloadMapChart.ShareScale scale = new OverloadMapChart.ShareScale();

    for (double inferred : new double[] {-2, -3}) {
      assertThat(scale.getPaint(inferred)).isInstanceOf(java.awt.LinearGradientPaint.class);
    }
    java.awt.LinearGradientPaint ok = (java.awt.LinearGradientPaint) scale.getPaint(-2);
    java.awt.LinearGradientPaint overloaded = (java.awt.LinearGradientPaint) scale.getPaint(-3);
    assertThat(ok.getColors())
        .containsExactly(
            (java.awt.Color) scale.getPaint(0),
            (java.awt.Color) scale.getPaint(0),
            java.awt.Color.WHITE,
            java.awt.Color.WHITE);
    assertThat(overloaded.getColors()[0]).isEqualTo(scale.getPaint(1));
    assertThat(ok.getCycleMethod()).isEqualTo(java.awt.MultipleGradientPaint.CycleMethod.REPEAT);
    assertThat(scale.getPaint(-1)).isInstanceOf(java.awt.Color.class);
  }

  @Test
  void keepsTheHatchingInTheSvgOfAFrontierCampaign(@TempDir Path other) throws IOException {
    Path folder = frontierCampaign(other.resolve("frontier-svg"));

    ReportWriter.write(folder, other.resolve("f.html"));

    assertThat(Files.readString(other.resolve("f-charts/pair-env-figlet.svg")))
        .contains("<linearGradient", "spreadMethod='repeat'");
  }

  /**
   * The fixture as a frontier search would have left it: env=0, figlet=0 not measured (inferred not
   * overloaded from env=0, figlet=10), and the pairs the grid skipped as dominated listed as
   * inferred overloaded.
   */
  static Path frontierCampaign(Path folder) throws IOException {
    ReportFixture.copyTo(folder);
    Path results = folder.resolve("results.csv");
    List<String> rows =
        Files.readAllLines(results).stream()
            .filter(line -> !line.startsWith("env,0,") || !line.contains(",figlet,0,"))
            .toList();
    Files.writeString(results, String.join("\r\n", rows) + "\r\n");
    Path index = folder.resolve("index.csv");
    Files.write(
        index,
        Files.readAllLines(index).stream()
            .filter(line -> !line.startsWith("['env', 'figlet'];[0, 0]"))
            .toList());
    String measuredOk = pair(0, 10).id();
    String measuredOverloaded = pair(10, 10).id();
    StringBuilder frontier =
        new StringBuilder(
            "config_id,function_env,rate_function_env,function_figlet,rate_function_figlet,"
                + "status,implied_by\r\n");
    frontier.append(line(pair(0, 0), "inferred_ok", measuredOk));
    frontier.append(line(pair(0, 10), "measured_ok", ""));
    frontier.append(line(pair(10, 10), "measured_overloaded", ""));
    for (int[] rates : new int[][] {{10, 20}, {20, 10}, {20, 20}}) {
      frontier.append(line(pair(rates[0], rates[1]), "inferred_overloaded", measuredOverloaded));
    }
    Files.writeString(folder.resolve("frontier.csv"), frontier);
    return folder;
  }

  private static String line(Configuration configuration, String status, String impliedBy) {
    return configuration.id()
        + ",env,"
        + configuration.rateOf("env")
        + ",figlet,"
        + configuration.rateOf("figlet")
        + ","
        + status
        + ","
        + impliedBy
        + "\r\n";
  }

  private static Configuration pair(int env, int figlet) {
    return Configuration.of(new RatePair("env", env), new RatePair("figlet", figlet));
  }

  private static String rowOf(String page, Configuration configuration) {
    int id = page.indexOf("<code>" + configuration.id() + "</code>");
    assertThat(id).as("row of " + configuration).isPositive();
    return page.substring(id, page.indexOf("</tr>", id));
  }
}
