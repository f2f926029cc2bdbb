package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.ConfigIdFolder;
import org.dfaas.sampler.results.FailuresReader;
import org.dfaas.sampler.results.ResultsReader;
import org.dfaas.sampler.search.Classification;
import org.dfaas.sampler.search.FrontierSearch;
import org.dfaas.sampler.search.IterationPolicy;
import org.dfaas.sampler.search.IterationTally;
import org.dfaas.sampler.search.Outcome;

/**
 * How {@code run} will see an output folder before it runs anything: the digest that names its
 * configurations ({@code config_id_hash}, or the other one the folder was started with), and, in
 * frontier mode, what the resumed search settles. The search takes the outcomes of the
 * configurations the folder finished, in the order it asks for them, as a resumed run does, until
 * it asks for one that is not finished. The configurations it inferred by then are the ones {@code
 * run} will not measure ({@code plan --list} shows them inferred).
 */
public final class FolderFrontier {

  private static final Classification.Status[] STATUSES = Classification.Status.values();

  private final ConfigIdHash idHash;
  private final byte[] statuses;

  private FolderFrontier(ConfigIdHash idHash, byte[] statuses) {
    this.idHash = idHash;
    this.statuses = statuses;
  }

  /**
   * @param done the configurations the folder's index lists as finished
   */
  static FolderFrontier read(SamplerConfig config, Plan plan, Path folder, Set<ConfigKey> done) {
    Map<ConfigKey, IterationTally> tallies =
        ResultsReader.tally(folder.resolve(ArtifactNames.RESULTS_CSV));
    Set<ConfigKey> known = new HashSet<>(done);
    known.addAll(tallies.keySet());
    ConfigIdHash idHash = ConfigIdFolder.follow(folder, known, config.output().configIdHash());
    if (config.search().mode() != SearchSettings.Mode.FRONTIER
        || plan.size() > Integer.MAX_VALUE - 8) {
      return new FolderFrontier(idHash, new byte[0]);
    }
    byte[] statuses = new byte[(int) plan.size()];
    FrontierSearch search =
        new FrontierSearch(
            plan,
            config.search(),
            (ordinal, c) -> statuses[(int) ordinal - 1] = (byte) (c.status().ordinal() + 1));
    Set<String> failed = FailuresReader.failedIds(folder.resolve(ArtifactNames.FAILURES_CSV));
    IterationPolicy policy = IterationPolicy.of(config.search(), config.iterations());
    while (!search.finished()) {
      List<Configuration> proposed = search.propose(1);
      if (proposed.isEmpty()) {
        break;
      }
      Configuration configuration = proposed.get(0);
      IterationTally tally = tallies.getOrDefault(configuration.key(), IterationTally.NONE);
      if (done.contains(configuration.key())) {
        search.record(configuration, policy.resumed(tally));
      } else if (failed.contains(configuration.id(ConfigIdHash.SHA1))
          || failed.contains(configuration.id(ConfigIdHash.SHA256))) {
        search.record(configuration, Outcome.failed(Math.max(1, tally.iterations())));
      } else {
        break;
      }
    }
    return new FolderFrontier(idHash, statuses);
  }

  /** The digest of the folder's config ids, as {@code run} names them. */
  public ConfigIdHash idHash() {
    return idHash;
  }

  /** The class the search settled the configuration at 1-based {@code ordinal} in; null if none. */
  public Classification.Status status(long ordinal) {
    if (ordinal > statuses.length || statuses[(int) ordinal - 1] == 0) {
      return null;
    }
    return STATUSES[statuses[(int) ordinal - 1] - 1];
  }
}
