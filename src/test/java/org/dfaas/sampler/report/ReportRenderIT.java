package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.dfaas.sampler.HeadlessChromium;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report as a reader sees it: rendered by a real headless Chromium into a screenshot, which
 * must show the charts. Catches what string checks cannot: a data URI the browser refuses, CSS that
 * hides the images, a page that does not load offline.
 */
@Requires(Tool.CHROMIUM)
class ReportRenderIT {

  private static final long TIMEOUT_SECONDS = 120;

  @TempDir Path dir;

  @Test
  void headlessChromiumRendersThePageWithItsCharts() throws Exception {
    Path folder = ReportFixture.copyTo(dir.resolve("campaign"));
    Path page = ReportWriter.write(folder, folder.resolve("report.html")).page();

    BufferedImage image = screenshot(page, 1280, 2400);

    assertThat(image.getWidth()).isEqualTo(1280);
    // Parameters and overview end well above y = 1100; below them come the first function's charts.
    assertThat(colouredPixels(image, 1100, 2400))
        .as("coloured pixels in the chart area")
        .isGreaterThan(5_000);
    Path kept = Path.of("target", "report-render-screenshot.png");
    Files.createDirectories(kept.getParent());
    ImageIO.write(image, "png", kept.toFile());
    String dom = dom(page);
    assertThat(dom)
        .contains("<h2 id=\"parameters\">Parameters</h2>", "rates seen (requests/s)")
        .contains("p95 (ms)", "CPU (% of a core)", "RAM (MiB)", "overload reasons (iterations)")
        .contains("href=\"report-charts/node.svg\">SVG</a>")
        .contains("download=\"pair-env-figlet-frontier.csv\"");
  }

  @Test
  void headlessChromiumDrawsTheSvgChartsWithTheirUnits() throws Exception {
    Path folder = ReportFixture.copyTo(dir.resolve("campaign"));
    ReportWriter.write(folder, folder.resolve("report.html"));

    for (String name : List.of("function-env", "pair-env-figlet", "node")) {
      Path svg = folder.resolve("report-charts/" + name + ".svg");
      BufferedImage image = screenshot(svg, 800, 800);
      assertThat(colouredPixels(image, 0, 800))
          .as(name + ".svg coloured pixels")
          .isGreaterThan(200);
      assertThat(dom(svg)).as(name + ".svg").contains("(requests/s)");
    }
    assertThat(dom(folder.resolve("report-charts/function-env.svg")))
        .contains("success rate (0..1)", "mean latency (ms)", "CPU (% of one core)", "RAM (MiB)");
  }

  @Test
  void headlessChromiumShowsEachFunctionPairAndTripleOfADfaasDataset() throws Exception {
    Path folder = DfaasDataset.writeTo(dir.resolve("dfaas"));
    Path page = ReportWriter.write(folder, folder.resolve("report.html")).page();

    String dom = dom(page);

    for (String f : DfaasDataset.FUNCTIONS) {
      assertThat(dom).contains("<h3>" + f + "</h3>", "function-" + f + ".png");
    }
    assertThat(dom)
        .contains("<h3>figlet × nmap</h3>", "<h3>figlet × shasum</h3>", "<h3>nmap × shasum</h3>")
        .contains("<h2 id=\"triples\">Three functions</h2>", "<h3>figlet × nmap × shasum</h3>")
        .contains("<h4>figlet × nmap at shasum=20 requests/s</h4>")
        .doesNotContain("No configuration of two functions");
    assertThat(colouredPixels(screenshot(page, 1280, 3000), 900, 3000))
        .as("coloured pixels below the overview")
        .isGreaterThan(5_000);
  }

  @Test
  void headlessChromiumRendersTheReportOfAFrontierSearchFolder() throws Exception {
    Path folder = ReportWriterTest.frontierCampaign(dir.resolve("frontier"));
    Path page = ReportWriter.write(folder, folder.resolve("report.html")).page();

    assertThat(dom(page))
        .contains("Hatched cells marked <em>inferred</em> were not measured")
        .contains("inferred overloaded (frontier.csv)");
    BufferedImage map = screenshot(folder.resolve("report-charts/pair-env-figlet.svg"), 800, 700);
    assertThat(colouredPixels(map, 0, 700)).isGreaterThan(5_000);
  }

  @ParameterizedTest(name = "{0} px wide, wrapped whole: {1}")
  @CsvSource({"1400, true", "1280, true", "1024, false"})
  void everyTableFitsTheWindowOfADesktopOrALaptop(int width, boolean whole) throws Exception {
    Path folder = ReportFixture.copyTo(dir.resolve("campaign"));
    // The quickstart's parameters: the longest text cells a folder of ours has.
    Files.copy(Path.of("examples", "quickstart.yaml"), folder.resolve("campaign.yaml"));
    Path page = ReportWriter.write(folder, folder.resolve("report.html")).page();

    JsonNode layout = layout(page, width);

    assertThat(layout.get("window").asInt()).isEqualTo(width);
    assertThat(layout.get("page").asInt()).as("the page's width").isLessThanOrEqualTo(width);
    assertThat(layout.get("tables")).hasSizeGreaterThanOrEqualTo(8);
    for (JsonNode table : layout.get("tables")) {
      assertThat(table.get("right").asDouble())
          .as("right edge of table %s", table.get("id"))
          .isLessThanOrEqualTo(layout.get("body").asDouble());
      // Down to a laptop's width wrapping text cells is enough: nothing hides behind a scroll.
      // Narrower, the widest table scrolls within its box, the page never.
      if (whole) {
        assertThat(table.get("content").asInt())
            .as("content width of table %s", table.get("id"))
            .isLessThanOrEqualTo(table.get("box").asInt());
      }
    }
  }

  /**
   * Where the page's tables end, as Chromium lays it out {@code width} pixels wide: the page has no
   * script, so a copy of it gets one that writes the measures into the document.
   */
  private JsonNode layout(Path page, int width) throws Exception {
    String probe =
        """
        <script>
        var body = document.body.getBoundingClientRect();
        var out = {window: innerWidth, page: document.documentElement.scrollWidth,
          body: body.right - parseFloat(getComputedStyle(document.body).paddingRight), tables: []};
        document.querySelectorAll("table").forEach(function (t, i) {
          out.tables.push({id: i + " " + t.className, right: t.getBoundingClientRect().right,
            content: t.scrollWidth, box: t.clientWidth});
        });
        document.body.setAttribute("data-layout", JSON.stringify(out));
        </script></body>""";
    Path probed = page.resolveSibling("probed.html");
    Files.writeString(
        probed, Files.readString(page, StandardCharsets.UTF_8).replace("</body>", probe));
    chromium("--dump-dom", "--window-size=" + width + ",1000", probed);
    String dom = Files.readString(dir.resolve("chromium.out"), StandardCharsets.UTF_8);
    Matcher json = Pattern.compile("data-layout=\"([^\"]*)\"").matcher(dom);
    assertThat(json.find()).as("the probe's measures in " + log()).isTrue();
    return new ObjectMapper().readTree(json.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
  }

  private BufferedImage screenshot(Path file, int width, int height) throws Exception {
    Path screenshot = Files.createTempFile(dir, "screenshot", ".png");
    Files.delete(screenshot);
    chromium("--screenshot=" + screenshot, "--window-size=" + width + "," + height, file);
    assertThat(screenshot).as(log()).isRegularFile();
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image).isNotNull();
    return image;
  }

  /** The document as Chromium parsed it, after layout. */
  private String dom(Path file) throws Exception {
    chromium("--dump-dom", "--window-size=1280,1000", file);
    return Files.readString(dir.resolve("chromium.out"), StandardCharsets.UTF_8);
  }

  private void chromium(String action, String window, Path file) throws Exception {
    Process process =
        new ProcessBuilder(
                HeadlessChromium.command(
                    dir.resolve("profile"), action, window, file.toUri().toString()))
            .redirectError(dir.resolve("chromium.log").toFile())
            .redirectOutput(dir.resolve("chromium.out").toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + log());
    }
  }

  // Pixels that are neither white nor grey: only the charts' colours are.
  private static long colouredPixels(BufferedImage image, int fromY, int toY) {
    long count = 0;
    for (int y = fromY; y < Math.min(toY, image.getHeight()); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
          count++;
        }
      }
    }
    return count;
  }

  private String log() {
    try {
      Path log = dir.resolve("chromium.log");
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
    } catch (IOException e) {
      throw new IllegalStateException("cannot read chromium's log", e);
    }
  }
}
