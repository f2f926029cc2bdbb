package org.dfaas.sampler.results;

import java.util.Objects;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;

/**
 * One row of a results file as it was recorded, with the line it came from.
 *
 * @param line the record number in its file (the header is 1)
 * @param row the row's values
 * @param target the {@code target} cell of the row, empty when the file has no such column
 */
public record RecordedRow(long line, ResultRow row, String target) {

  /** A row of a file without a {@code target} column. */
  public RecordedRow(long line, ResultRow row) {
    this(line, row, "");
  }

  public RecordedRow {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(target, "target");
  }

  /**
   * Every function the row lists, with its rate as written. A function at rate 0 is part of the
   * configuration, as in the plan (compat §3): the DFaaS sampler's rows list every function of
   * their file, most at rate 0, and such a row is the configuration of all of them.
   */
  public Configuration configuration() {
    return new Configuration(
        row.functions().stream().map(f -> new RatePair(f.name(), f.rate())).toList());
  }
}
