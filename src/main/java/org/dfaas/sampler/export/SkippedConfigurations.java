package org.dfaas.sampler.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.FailuresReader;
import org.dfaas.sampler.results.FrontierReader;
import org.dfaas.sampler.results.FrontierRow;
import org.dfaas.sampler.results.SkippedReader;

/**
 * The configurations of a folder that were classified without a measurement of their own: those
 * skipped as dominated by an overloaded one or inferred overloaded ({@code skipped.csv}, {@code
 * frontier.csv}), those a frontier search inferred not overloaded ({@code frontier.csv}), and those
 * that failed ({@code skipped.csv} also lists them; {@code failures.csv} says which). A
 * configuration with measured rows is none of these, whatever the files say: a resumed campaign may
 * have measured it later.
 *
 * @param predictedOverloaded dominated or inferred overloaded, in the files' order
 * @param inferredNotOverloaded inferred not overloaded
 * @param failed listed in {@code skipped.csv} with a failed attempt in {@code failures.csv}
 */
record SkippedConfigurations(
    List<Configuration> predictedOverloaded,
    List<Configuration> inferredNotOverloaded,
    List<Configuration> failed) {

  static final String INFERRED_OVERLOADED = "inferred_overloaded";
  static final String INFERRED_OK = "inferred_ok";

  SkippedConfigurations {
    predictedOverloaded = List.copyOf(predictedOverloaded);
    inferredNotOverloaded = List.copyOf(inferredNotOverloaded);
    failed = List.copyOf(failed);
  }

  /** Reads the files of {@code folder}; none of them need be there. */
  static SkippedConfigurations read(Path folder) {
    Set<String> failedIds = FailuresReader.failedIds(folder.resolve(ArtifactNames.FAILURES_CSV));
    Map<ConfigKey, Configuration> predicted = new LinkedHashMap<>();
    List<Configuration> inferredOk = new ArrayList<>();
    List<Configuration> failed = new ArrayList<>();
    for (FrontierRow row : FrontierReader.read(folder.resolve(ArtifactNames.FRONTIER_CSV))) {
      if (row.status().equals(INFERRED_OVERLOADED)) {
        predicted.put(row.configuration().key(), row.configuration());
      } else if (row.status().equals(INFERRED_OK)) {
        inferredOk.add(row.configuration());
      }
    }
    for (Configuration skipped :
        SkippedReader.configurations(folder.resolve(ArtifactNames.SKIPPED_CSV))) {
      if (failedIds.contains(skipped.id(ConfigIdHash.SHA1))
          || failedIds.contains(skipped.id(ConfigIdHash.SHA256))) {
        failed.add(skipped);
      } else {
        predicted.putIfAbsent(skipped.key(), skipped);
      }
    }
    return new SkippedConfigurations(List.copyOf(predicted.values()), inferredOk, failed);
  }

  /** These classes without the configurations that have measured rows. */
  SkippedConfigurations withoutMeasured(Set<ConfigKey> measured) {
    return new SkippedConfigurations(
        unmeasured(predictedOverloaded, measured),
        unmeasured(inferredNotOverloaded, measured),
        unmeasured(failed, measured));
  }

  private static List<Configuration> unmeasured(
      List<Configuration> configurations, Set<ConfigKey> measured) {
    return configurations.stream().filter(c -> !measured.contains(c.key())).toList();
  }
}
