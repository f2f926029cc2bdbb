package org.dfaas.sampler.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.search.Classification;
import org.dfaas.sampler.search.ClassificationListener;
import org.dfaas.sampler.search.IterationPolicy;
import org.dfaas.sampler.search.Outcome;
import org.dfaas.sampler.search.OutcomeSource;
import org.dfaas.sampler.search.SearchStrategy;
import org.dfaas.sampler.search.SearchTally;

/**
 * Outcomes read from a recorded campaign ({@code plan --replay}): a measured configuration takes
 * its recorded iterations in order, as many as the iteration policy runs (adaptive: the first, and
 * the others only when it was near a threshold); the majority of those decides. A configuration the
 * file lacks counts as overloaded when a recorded overloaded one dominates it; any other one the
 * search asks for is collected, and {@link #drive} then fails naming how many and the first ones.
 * Also measures agreement: the share of configurations whose final class is the recording's.
 *
 * <p>Not thread-safe.
 */
public final class ReplayOutcomes implements OutcomeSource, ClassificationListener {

  private static final int SHOWN_MISSING = 5;

  private final Recording recording;
  private final IterationPolicy policy;
  private final Path file;
  private final ClassificationListener next;
  private final List<Configuration> missing = new ArrayList<>();
  private long missingCount;
  private long compared;
  private long agreeing;

  /**
   * @param file the recorded {@code results.csv}
   * @param config the config whose functions, overload thresholds, iterations and search apply
   * @param next also told of every classification
   * @throws SamplerException with exit code 2 when the file cannot be read or holds other functions
   */
  public ReplayOutcomes(Path file, SamplerConfig config, ClassificationListener next) {
    this.file = file;
    this.next = next;
    this.policy = IterationPolicy.of(config.search(), config.iterations());
    this.recording =
        Recording.read(
            file,
            config.functions().stream().map(f -> f.name()).toList(),
            config.overload(),
            config.search().margin());
  }

  @Override
  public Outcome measure(Configuration configuration) {
    byte[] rows = recording.iterationsOf(configuration);
    if (rows == null) {
      if (recording.dominatedByOverloaded(configuration)) {
        return new Outcome(true, policy.wantsAnother(1, false) ? policy.iterations() : 1);
      }
      missingCount++;
      if (missing.size() < SHOWN_MISSING) {
        missing.add(configuration);
      }
      return new Outcome(false, 1);
    }
    int run = 0;
    while (run < rows.length && policy.wantsAnother(run, Recording.near(rows[0]))) {
      run++;
    }
    return new Outcome(Recording.majorityOverloaded(rows, run), run);
  }

  /** Drives {@code strategy} to its end against the recording. */
  @Override
  public SearchTally drive(SearchStrategy strategy) {
    SearchTally tally = OutcomeSource.super.drive(strategy);
    if (missingCount > 0) {
      throw new SamplerException(
          file
              + " does not cover the plan: "
              + missingCount
              + " configuration(s) the search asked for have no rows and no recorded overloaded"
              + " one dominates them, e.g. "
              + missing.stream()
                  .map(c -> "{" + c.describe() + "}")
                  .collect(Collectors.joining(", ")),
          ExitCode.BAD_INPUT,
          "replay a recording of the whole plan (a grid campaign of the same config)",
          null);
    }
    return tally;
  }

  @Override
  public void classified(long ordinal, Classification classification) {
    Boolean recorded = recording.recordedClass(classification.configuration());
    if (recorded != null) {
      compared++;
      agreeing += recorded == classification.status().overloaded() ? 1 : 0;
    }
    next.classified(ordinal, classification);
  }

  /** The share of compared configurations whose class is the recording's; 1 when none. */
  public double agreement() {
    return compared == 0 ? 1 : (double) agreeing / compared;
  }
}
