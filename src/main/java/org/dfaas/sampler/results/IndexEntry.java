package org.dfaas.sampler.results;

import java.util.Objects;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;

/**
 * One line of {@code index.csv}: a configuration whose iterations are all done, and the results
 * file that holds its rows.
 *
 * @param key the configuration's key (sorted names and their rates)
 * @param resultsFile the results file's name, relative to the output folder
 */
public record IndexEntry(ConfigKey key, String resultsFile) {

  public IndexEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(resultsFile, "resultsFile");
  }

  /** The entry of a finished configuration whose rows are in {@code results.csv}. */
  public static IndexEntry of(Configuration configuration) {
    return new IndexEntry(configuration.key(), ArtifactNames.RESULTS_CSV);
  }
}
