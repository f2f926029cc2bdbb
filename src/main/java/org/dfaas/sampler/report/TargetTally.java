package org.dfaas.sampler.report;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.RecordedRow;

/**
 * What one target of a campaign ran, from the {@code target} column of {@code results.csv}: a
 * pool's targets share one plan, and the reader asks which did what.
 *
 * @param name the target's name as the rows give it
 * @param configurations how many configurations it ran at least one iteration of
 * @param iterations how many rows it wrote
 * @param overloaded how many of them overloaded its node
 */
public record TargetTally(String name, int configurations, long iterations, long overloaded) {

  /** Counts the rows of one target as they are read. Not thread-safe. */
  static final class Counter {
    private final String name;
    private final Set<Configuration> configurations = new HashSet<>();
    private long iterations;
    private long overloaded;

    Counter(String name) {
      this.name = name;
    }

    /** Counts {@code row} for its target in {@code counters}; a row that names none is left out. */
    static void count(RecordedRow row, Map<String, Counter> counters) {
      if (!row.target().isEmpty()) {
        counters
            .computeIfAbsent(row.target(), Counter::new)
            .add(row.configuration(), row.row().node().overloaded());
      }
    }

    void add(Configuration configuration, boolean overloadedRow) {
      configurations.add(configuration);
      iterations++;
      overloaded += overloadedRow ? 1 : 0;
    }

    TargetTally tally() {
      return new TargetTally(name, configurations.size(), iterations, overloaded);
    }
  }
}
