package org.dfaas.sampler.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.RegularFiles;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.results.ArtifactNames;

/**
 * Writes the report of an output folder: one self-contained HTML page and, in a folder beside it,
 * the same charts as PNG and SVG files and each frontier as CSV, for use elsewhere. The library
 * entry of the {@code report} command. Not thread-safe across calls writing the same files.
 */
public final class ReportWriter {

  /** The page's file name when none is given. */
  public static final String DEFAULT_FILE = ArtifactNames.REPORT_HTML;

  private ReportWriter() {}

  /**
   * What one call wrote.
   *
   * @param page the HTML page
   * @param images the files beside the page: each chart's PNG then SVG, in page order, then the
   *     frontier CSVs
   */
  public record Written(Path page, List<Path> images) {
    public Written {
      images = List.copyOf(images);
    }
  }

  /**
   * Reads {@code folder} and writes its report to {@code page}.
   *
   * @throws SamplerException exit code 2 when {@code folder} is not an output folder or a file in
   *     it is malformed, exit code 1 when the report cannot be written
   */
  public static Written write(Path folder, Path page) {
    CampaignSummary summary = new CampaignSummary(CampaignReader.read(folder));
    RecordedConfig recorded = RecordedConfig.of(summary.campaign().folder());
    ReportCharts charts = ReportCharts.of(summary, FunctionMemory.of(recorded));
    Path images = chartFolder(page);
    String html =
        new ReportPage(
                summary,
                charts,
                CampaignParameters.of(summary, recorded),
                images.getFileName().toString())
            .render();
    List<Path> written = new ArrayList<>();
    try {
      // Nothing is written through a link: a planted report.html or chart folder is refused.
      RegularFiles.checkFile(page, "report");
      RegularFiles.checkFolder(images, "report chart folder");
      Files.createDirectories(images);
      for (ChartImage image : charts.all()) {
        Path file = images.resolve(image.fileName());
        writeFile(file, image.png());
        written.add(file);
        Path svg = images.resolve(image.svgFileName());
        writeFile(svg, image.svg().getBytes(StandardCharsets.UTF_8));
        written.add(svg);
      }
      for (PairGrid grid : charts.allGrids()) {
        Path file = images.resolve(FrontierDownload.fileName(grid));
        writeFile(file, FrontierDownload.text(grid).getBytes(StandardCharsets.UTF_8));
        written.add(file);
      }
      writeFile(page, html.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SamplerException("cannot write the report " + page + ": " + e.getMessage(), e);
    }
    return new Written(page, written);
  }

  private static void writeFile(Path file, byte[] content) throws IOException {
    try (OutputStream out =
        RegularFiles.openWrite(
            file,
            "report file",
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      out.write(content);
    }
  }

  /** {@code report.html} keeps its charts in {@code report-charts/} beside it. */
  static Path chartFolder(Path page) {
    String name = page.getFileName().toString();
    String stem = name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
    return page.resolveSibling(stem + "-charts");
  }
}
