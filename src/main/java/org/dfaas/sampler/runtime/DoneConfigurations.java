package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.IndexReader;
import org.dfaas.sampler.results.ResultsReader;
import org.dfaas.sampler.search.IterationPolicy;
import org.dfaas.sampler.search.IterationTally;

/**
 * The configurations an output folder holds as done for a config: those its index lists, less those
 * a campaign whose {@code iterations} were raised since tops up ({@link IterationPolicy#topsUp}),
 * as {@code run} sees them.
 */
final class DoneConfigurations {

  private DoneConfigurations() {}

  static Set<ConfigKey> read(Path folder, SamplerConfig config) {
    Set<ConfigKey> indexed = IndexReader.doneKeys(folder.resolve(ArtifactNames.INDEX_CSV));
    IterationPolicy policy = IterationPolicy.of(config.search(), config.iterations());
    Map<ConfigKey, IterationTally> tallies =
        ResultsReader.tally(folder.resolve(ArtifactNames.RESULTS_CSV));
    return indexed.stream()
        .filter(key -> !policy.topsUp(tallies.getOrDefault(key, IterationTally.NONE)))
        .collect(Collectors.toUnmodifiableSet());
  }
}
