package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.FailuresReader;
import org.dfaas.sampler.results.ResultsReader;
import org.dfaas.sampler.search.IterationTally;

/**
 * What an output folder already says about outcomes, for {@code plan}'s estimate of what is left:
 * the done configurations found overloaded (they dominate on resume) and the configurations that
 * failed and are not done (a resumed run tries them again).
 *
 * @param overloaded done configurations with more than half of their iterations overloaded
 * @param failedNotDone configurations with a failed attempt in {@code failures.csv} and not done
 */
public record RecordedOutcomes(List<Configuration> overloaded, long failedNotDone) {

  public RecordedOutcomes {
    overloaded = List.copyOf(overloaded);
  }

  static RecordedOutcomes read(Path folder, Set<ConfigKey> done, int iterations) {
    Map<ConfigKey, IterationTally> tallies =
        ResultsReader.tally(folder.resolve(ArtifactNames.RESULTS_CSV));
    List<Configuration> overloaded =
        done.stream()
            .filter(
                key -> tallies.getOrDefault(key, IterationTally.NONE).overloadedOutOf(iterations))
            .map(ConfigKey::configuration)
            .toList();
    Set<String> doneIds =
        done.stream()
            // A folder's failures name configurations by either digest (compat §11).
            .flatMap(
                key ->
                    java.util.stream.Stream.of(
                        key.configuration().id(ConfigIdHash.SHA1),
                        key.configuration().id(ConfigIdHash.SHA256)))
            .collect(java.util.stream.Collectors.toSet());
    long failed =
        FailuresReader.failedIds(folder.resolve(ArtifactNames.FAILURES_CSV)).stream()
            .filter(id -> !doneIds.contains(id))
            .count();
    return new RecordedOutcomes(overloaded, failed);
  }
}
