package org.dfaas.sampler.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dfaas.sampler.report.ReportWriter;

/** The use case {@code report}: one HTML page of an output folder, or of one results file. */
record ReportUseCase(SamplerEnvironment environment) {

  /**
   * @param source the output folder, a folder of results files, or one results file
   * @param page the page to write, or {@code null} for {@code report.html} beside the results
   */
  ReportWriter.Written write(Path source, Path page) {
    Path dir = environment.resolve(source);
    Path home = Files.isRegularFile(dir) ? dir.toAbsolutePath().getParent() : dir;
    return ReportWriter.write(
        dir, page == null ? home.resolve(ReportWriter.DEFAULT_FILE) : environment.resolve(page));
  }
}
