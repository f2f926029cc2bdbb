package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.dfaas.sampler.Prerequisites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a reader sees it: rendered by a real headless Chromium into a screenshot, which
 * must show the charts. Catches what string checks cannot: a data URI the browser refuses, CSS that
 * hides the images, a page that does not load offline.
 */
class ReportRenderIT {

  private static final long TIMEOUT_SECONDS = 120;

  @TempDir Path dir;

  @Test
  void headlessChromiumRendersThePageWithItsCharts() throws Exception {
    Path chromium = chromium();
    Path folder = ReportFixture.copyTo(dir.resolve("campaign"));
    Path page = ReportWriter.write(folder, folder.resolve("report.html")).page();
    Path screenshot = dir.resolve("screenshot.png");

    Process process =
        new ProcessBuilder(
                List.of(
                    chromium.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + dir.resolve("profile"),
                    "--screenshot=" + screenshot,
                    "--window-size=1280,2000",
                    page.toUri().toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + log());
    }

    assertThat(screenshot).as(log()).isRegularFile();
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1280);
    // The overview table ends well above y = 700; below it come the first function's charts.
    assertThat(colouredPixels(image, 700, 1900))
        .as("coloured pixels in the chart area")
        .isGreaterThan(5_000);
    Path kept = Path.of("target", "report-render-screenshot.png");
    Files.createDirectories(kept.getParent());
    Files.copy(screenshot, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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

  private static Path chromium() {
    for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(folder, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    String message = "chromium is not installed (apt-get install chromium)";
    throw Prerequisites.missing(message);
  }
}
