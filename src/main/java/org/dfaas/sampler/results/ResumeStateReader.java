package org.dfaas.sampler.results;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.ResultStore.ResumeState;
import org.dfaas.sampler.search.IterationTally;

/** Reads what an output folder holds, for a campaign that resumes there. */
final class ResumeStateReader {

  private ResumeStateReader() {}

  /**
   * The folder's index, its rows per configuration, the first row of each unfinished one and the
   * failed ones.
   *
   * @param listed the configurations {@code skipped.csv} lists
   */
  static ResumeState read(Path folder, Set<ConfigKey> listed) {
    Path resultsFile = folder.resolve(ArtifactNames.RESULTS_CSV);
    Set<ConfigKey> indexed = IndexReader.doneKeys(folder.resolve(ArtifactNames.INDEX_CSV));
    Map<ConfigKey, IterationTally> tallies = ResultsReader.tally(resultsFile);
    Set<ConfigKey> unfinished = new HashSet<>(tallies.keySet());
    unfinished.removeAll(indexed);
    return new ResumeState(
        indexed,
        tallies,
        ResultsReader.firstRows(resultsFile, unfinished),
        failedNotDone(folder, listed, indexed));
  }

  /**
   * The configurations {@code skipped.csv} lists that have a failed attempt in {@code failures.csv}
   * (named by either digest, compat §11) and are not in the index.
   */
  private static Set<ConfigKey> failedNotDone(
      Path folder, Set<ConfigKey> listed, Set<ConfigKey> indexed) {
    Set<String> failedIds = FailuresReader.failedIds(folder.resolve(ArtifactNames.FAILURES_CSV));
    Set<ConfigKey> failed = new HashSet<>();
    if (failedIds.isEmpty()) {
      return failed;
    }
    for (ConfigKey key : listed) {
      Configuration configuration = key.configuration();
      if (!indexed.contains(key)
          && (failedIds.contains(configuration.id(ConfigIdHash.SHA1))
              || failedIds.contains(configuration.id(ConfigIdHash.SHA256)))) {
        failed.add(key);
      }
    }
    return failed;
  }
}
