package org.dfaas.sampler.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dfaas.sampler.export.ExportFormat;
import org.dfaas.sampler.export.ExportSummary;

/** What {@code export} prints: what it wrote, and what it left out and why. */
final class ExportText {

  private ExportText() {}

  static void print(PrintWriter out, ExportFormat format, ExportSummary summary) {
    out.printf(
        "exported %d rows of %d configurations (%s) to %s%n",
        summary.rows(),
        summary.configurations(),
        format.name().toLowerCase(Locale.ROOT),
        summary.written().get(0));
    if (summary.predictedOverloads() > 0) {
      out.printf(
          "  predicted overloaded  %d configurations (dominated or inferred overloaded)%s%n",
          summary.predictedOverloads(),
          format == ExportFormat.DFAAS
              ? ": in index.csv, without a results file"
              : ": not measured, not in the file");
    }
    if (summary.inferredNotOverloaded() > 0) {
      out.printf(
          "  left out              %d configurations inferred not overloaded (never measured)%n",
          summary.inferredNotOverloaded());
    }
    if (summary.failed() > 0) {
      out.printf(
          "  left out              %d failed configurations without a measured row%n",
          summary.failed());
    }
    if (summary.tornRows() > 0) {
      out.printf(
          "  left out              %d last rows still being written (a campaign is running)%n",
          summary.tornRows());
    }
  }
}
