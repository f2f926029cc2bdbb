package org.dfaas.sampler.results;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads which configurations {@code failures.csv} holds failed attempts of. */
public final class FailuresReader {

  private FailuresReader() {}

  /** The config ids of every failed attempt, once each, in file order; none without the file. */
  public static Set<String> failedIds(Path file) {
    Set<String> ids = new LinkedHashSet<>();
    CsvReader.readIfPresent(
        file,
        CsvDialect.COMMA,
        row -> {
          String id = row.text(ColumnNames.CONFIG_ID);
          if (!id.isEmpty()) {
            ids.add(id);
          }
        });
    return ids;
  }
}
