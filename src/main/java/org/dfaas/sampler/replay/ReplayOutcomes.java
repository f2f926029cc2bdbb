package org.dfaas.sampler.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
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
 * file lacks counts as overloaded when a recorded overloaded one dominates it. Any other one the
 * search asks for is a gap: the recording does not settle it, so it is never guessed. A gap is
 * classified {@code unknown}, implies nothing (the search takes it as a failed run), and is left
 * out of agreement; {@link #requireSettled} then fails naming how many and the first ones, unless
 * gaps are allowed. Also measures agreement: the share of configurations whose final class is the
 * recording's.
 *
 * <p>Not thread-safe.
 */
public final class ReplayOutcomes implements OutcomeSource, ClassificationListener {

  private static final int SHOWN_GAPS = 5;

  private final Recording recording;
  private final IterationPolicy policy;
  private final Path file;
  private final boolean allowGaps;
  private final ClassificationListener next;
  private final Set<Configuration> gaps = new HashSet<>();
  private final List<Configuration> firstGaps = new ArrayList<>();
  private long compared;
  private long agreeing;

  /**
   * A replay that refuses gaps and reads or infers the node's core count.
   *
   * @see #ReplayOutcomes(Path, SamplerConfig, OptionalInt, boolean, ClassificationListener)
   */
  public ReplayOutcomes(Path file, SamplerConfig config, ClassificationListener next) {
    this(file, config, OptionalInt.empty(), false, next);
  }

  /**
   * @param file the recorded {@code results.csv}
   * @param config the config whose functions, overload thresholds, iterations and search apply
   * @param nodeCores the node's core count, empty to read it from the file or infer it
   * @param allowGaps whether configurations the recording does not settle are listed {@code
   *     unknown} rather than refused
   * @param next also told of every classification
   * @throws SamplerException with exit code 2 when the file cannot be read or holds other functions
   */
  public ReplayOutcomes(
      Path file,
      SamplerConfig config,
      OptionalInt nodeCores,
      boolean allowGaps,
      ClassificationListener next) {
    this.file = file;
    this.allowGaps = allowGaps;
    this.next = next;
    this.policy = IterationPolicy.of(config.search(), config.iterations());
    this.recording =
        Recording.read(
            file,
            config.functions().stream().map(f -> f.name()).toList(),
            config.overload(),
            config.search().margin(),
            nodeCores);
  }

  @Override
  public Outcome measure(Configuration configuration) {
    byte[] rows = recording.iterationsOf(configuration);
    if (rows == null) {
      if (recording.dominatedByOverloaded(configuration)) {
        return new Outcome(true, policy.wantsAnother(1, false) ? policy.iterations() : 1);
      }
      if (gaps.add(configuration) && firstGaps.size() < SHOWN_GAPS) {
        firstGaps.add(configuration);
      }
      return Outcome.failed(1);
    }
    int run = 0;
    while (run < rows.length && policy.wantsAnother(run, Recording.near(rows[0]))) {
      run++;
    }
    return new Outcome(Recording.majorityOverloaded(rows, run), run);
  }

  /** Drives {@code strategy} to its end against the recording; refuses gaps unless allowed. */
  @Override
  public SearchTally drive(SearchStrategy strategy) {
    SearchTally tally = OutcomeSource.super.drive(strategy);
    requireSettled();
    return tally;
  }

  /**
   * Fails when the search asked for configurations the recording does not settle, unless gaps are
   * allowed.
   *
   * @throws SamplerException with exit code 2 naming how many and the first ones
   */
  public void requireSettled() {
    if (gaps.isEmpty() || allowGaps) {
      return;
    }
    throw new SamplerException(
        file
            + " does not settle "
            + gaps.size()
            + " configuration(s) the search asked for: no rows, and no recorded overloaded"
            + " configuration dominates them, e.g. "
            + firstGaps.stream()
                .map(c -> "{" + c.describe() + "}")
                .collect(Collectors.joining(", ")),
        ExitCode.BAD_INPUT,
        "replay a recording of the whole plan (a grid campaign of the same config), or pass"
            + " --allow-gaps to list them unknown",
        null);
  }

  @Override
  public void classified(long ordinal, Classification classification) {
    Classification told = classification;
    if (classification.status() == Classification.Status.FAILED
        && gaps.contains(classification.configuration())) {
      told =
          new Classification(classification.configuration(), Classification.Status.UNKNOWN, null);
    } else {
      Boolean recorded = recording.recordedClass(classification.configuration());
      if (recorded != null) {
        compared++;
        agreeing += recorded == classification.status().overloaded() ? 1 : 0;
      }
    }
    next.classified(ordinal, told);
  }

  /**
   * The tally of a search driven against this recording, its gaps counted apart: they are neither
   * measured nor failed, and took no k6 run.
   */
  public SearchTally withoutGaps(SearchTally tally) {
    long count = gaps.size();
    return new SearchTally(
        tally.measured() - count,
        tally.k6Runs() - count,
        tally.measuredOverloaded(),
        tally.measuredOk(),
        tally.inferredOverloaded(),
        tally.inferredOk(),
        tally.contradictions(),
        tally.failed() - count);
  }

  /** How many configurations the search asked for that the recording does not settle. */
  public long gaps() {
    return gaps.size();
  }

  /** The core count CPU is judged on in "near a threshold", or why CPU is left out. */
  public ReplayCores cores() {
    return recording.cores();
  }

  /** The share of compared configurations whose class is the recording's; 1 when none. */
  public double agreement() {
    return compared == 0 ? 1 : (double) agreeing / compared;
  }
}
