package org.dfaas.sampler.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.dfaas.sampler.results.ColumnNames;
import org.dfaas.sampler.results.CsvDialect;

/**
 * The frontier of one grid as a CSV file to download: one row per rate of the first function, with
 * the lowest rate of the second at which the node overloads (empty when it never does in that
 * column), and the third function's fixed rate for a grid of three. Written beside the page and
 * embedded in it, so a reader can take the frontier into a model without reading it off a chart.
 */
final class FrontierDownload {

  private FrontierDownload() {}

  /** The file's name: {@code pair-a-b-frontier.csv} or {@code triple-a-b-c20-frontier.csv}. */
  static String fileName(PairGrid grid) {
    return (grid.fixed().isPresent() ? "triple-" : "pair-") + grid.fileStem() + "-frontier.csv";
  }

  /** The file's text, in the CSV dialect of every output file. */
  static String text(PairGrid grid) {
    CsvDialect dialect = CsvDialect.COMMA;
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>();
    grid.fixed().ifPresent(p -> header.add(ColumnNames.rate(p.function())));
    header.add(ColumnNames.rate(grid.first()));
    header.add("overload_starts_at_" + ColumnNames.rate(grid.second()));
    out.append(dialect.formatRecord(header));
    for (int x = 0; x < grid.firstRates().size(); x++) {
      List<String> cells = new ArrayList<>();
      grid.fixed().ifPresent(p -> cells.add(String.valueOf(p.rate())));
      cells.add(String.valueOf(grid.firstRates().get(x)));
      cells.add(grid.frontierRow(x).map(y -> String.valueOf(grid.secondRates().get(y))).orElse(""));
      out.append(dialect.formatRecord(cells));
    }
    return out.toString();
  }

  /** The file as a {@code data:} URI, for a download link that works in a page mailed alone. */
  static String dataUri(PairGrid grid) {
    return "data:text/csv;base64,"
        + Base64.getEncoder().encodeToString(text(grid).getBytes(StandardCharsets.UTF_8));
  }
}
