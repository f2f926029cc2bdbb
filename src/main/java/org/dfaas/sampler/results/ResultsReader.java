package org.dfaas.sampler.results;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.search.IterationTally;

/**
 * Reads back from {@code results.csv} which configurations have rows, how many, and how many of
 * them overloaded the node: what a resumed campaign needs to neither repeat nor lose an iteration,
 * and to rebuild its overloaded set. The file streams through {@link ResultsFileReader}, so a
 * resume, {@code plan} and the report read it by the same rules.
 */
public final class ResultsReader {

  private ResultsReader() {}

  /**
   * The tally of every configuration with rows in {@code file}; empty when there is none, or when
   * the file is empty or holds only a torn header.
   */
  public static Map<ConfigKey, IterationTally> tally(Path file) {
    Map<ConfigKey, IterationTally> tallies = new HashMap<>();
    ResultsFileReader.readIfPresent(
        file,
        recorded -> {
          boolean overloaded = recorded.row().node().overloaded();
          tallies.merge(
              recorded.configuration().key(),
              IterationTally.NONE.plus(overloaded),
              (was, added) -> was.plus(overloaded));
        });
    return tallies;
  }

  /**
   * The first row of each configuration of {@code wanted}, read back whole; empty without reading
   * the file when nothing is wanted (the usual resume).
   */
  static Map<ConfigKey, ResultRow> firstRows(Path file, Set<ConfigKey> wanted) {
    Map<ConfigKey, ResultRow> rows = new HashMap<>();
    if (wanted.isEmpty()) {
      return rows;
    }
    ResultsFileReader.readIfPresent(
        file,
        recorded -> {
          ConfigKey key = recorded.configuration().key();
          if (wanted.contains(key)) {
            rows.putIfAbsent(key, recorded.row());
          }
        });
    return rows;
  }
}
