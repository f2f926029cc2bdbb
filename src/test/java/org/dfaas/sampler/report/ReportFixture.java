package org.dfaas.sampler.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dfaas.sampler.TestResources;

/** The fixture campaign folder, copied where a test may write its report or damage its files. */
final class ReportFixture {

  private ReportFixture() {}

  static Path source() {
    return TestResources.path("/fixtures/report-campaign");
  }

  /** Copies the fixture's files into {@code target}; only {@code names} when some are given. */
  static Path copyTo(Path target, String... names) throws IOException {
    Files.createDirectories(target);
    List<String> only = List.of(names);
    try (Stream<Path> files = Files.list(source())) {
      for (Path file : files.toList()) {
        if (only.isEmpty() || only.contains(file.getFileName().toString())) {
          Files.copy(file, target.resolve(file.getFileName()));
        }
      }
    }
    return target;
  }
}
