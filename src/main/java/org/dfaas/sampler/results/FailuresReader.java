package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads which configurations {@code failures.csv} holds failed attempts of. */
public final class FailuresReader {

  private FailuresReader() {}

  /** The config ids of every failed attempt, once each, in file order; none without the file. */
  public static Set<String> failedIds(Path file) {
    return CsvFiles.readIfPresent(file, FailuresReader::failedIds, Set.of());
  }

  private static Set<String> failedIds(Reader in, String source) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    CsvFiles.forEachRow(
        in,
        (header, record) -> {
          if (!record.get(0).isEmpty()) {
            ids.add(record.get(0));
          }
        });
    return ids;
  }
}
