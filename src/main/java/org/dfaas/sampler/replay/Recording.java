package org.dfaas.sampler.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.RegularFiles;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.campaign.OverloadEvaluator;
import org.dfaas.sampler.config.OverloadSettings;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.DominanceIndex;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.results.RecordedResults;
import org.dfaas.sampler.results.RecordedRow;
import org.dfaas.sampler.results.ResultsFileReader;

/**
 * A recorded campaign's iterations by configuration, for replaying a search against it: ours, the
 * old tool's or the DFaaS project's own sampler's {@code results.csv}. The i-th row of a
 * configuration is its i-th iteration. Each iteration keeps two bits: overloaded, and near a
 * threshold (the overload evaluator's rule, CPU judged on the node's core count: given, read from
 * the {@code node_cores} column or inferred from the labels, see {@link CoreInference}; CPU is left
 * out when none of these tells it).
 *
 * <p>The DFaaS sampler's rows list every function, most at rate 0; a configuration of fewer
 * functions is looked up with the others at rate 0 when it has no rows of its own.
 *
 * <p>Immutable once read; not meant to be shared between threads.
 */
final class Recording {

  private static final byte OVERLOADED = 1;
  private static final byte NEAR = 2;

  private final List<String> functions;
  private final Map<Configuration, byte[]> iterations = new HashMap<>();
  private final DominanceIndex overloaded = new DominanceIndex();
  private final ReplayCores cores;
  private boolean everyFunctionInEveryRow = true;

  private Recording(List<String> functions, ReplayCores cores) {
    this.functions = List.copyOf(new TreeSet<>(functions));
    this.cores = cores;
  }

  /**
   * Reads {@code file}.
   *
   * @param expected the config's function names: the file's must be the same
   * @param givenCores the node's core count ({@code --node-cores}), empty to read or infer it
   * @throws SamplerException with exit code 2 when the file is malformed or its functions differ
   */
  static Recording read(
      Path file,
      List<String> expected,
      OverloadSettings overload,
      double margin,
      OptionalInt givenCores) {
    if (!RegularFiles.checkFile(file, "--replay")) {
      throw new SamplerException(
          "--replay " + file + ": no such file",
          ExitCode.BAD_INPUT,
          "name the results.csv of a recorded campaign",
          null);
    }
    ReplayCores cores =
        givenCores.isPresent()
            ? ReplayCores.given(givenCores.getAsInt())
            : inferCores(file, expected, overload, margin);
    OverloadEvaluator evaluator =
        new OverloadEvaluator(overload, cores.known() ? cores.cores() : 1);
    Map<Configuration, IterationBits> rows = new HashMap<>();
    boolean[] everyFunctionInEveryRow = {true};
    RecordedResults results =
        readChecked(
            file,
            expected,
            row -> {
              NodeUsage loaded = row.row().node().loaded();
              NodeUsage judged =
                  cores.known()
                      ? loaded
                      : new NodeUsage(Double.NaN, loaded.ram(), loaded.ramPct(), loaded.power());
              boolean near = evaluator.nearThreshold(judged, row.row().functions(), margin);
              byte bits =
                  (byte) ((row.row().node().overloaded() ? OVERLOADED : 0) | (near ? NEAR : 0));
              rows.computeIfAbsent(row.configuration(), c -> new IterationBits()).add(bits);
              everyFunctionInEveryRow[0] &= row.row().functions().size() == expected.size();
            });
    Recording recording = new Recording(results.functions(), cores);
    recording.everyFunctionInEveryRow = everyFunctionInEveryRow[0];
    rows.forEach(
        (configuration, bits) -> {
          byte[] array = bits.toArray();
          recording.iterations.put(configuration, array);
          if (majorityOverloaded(array, array.length)) {
            recording.overloaded.addOverloaded(configuration);
          }
        });
    return recording;
  }

  /** A configuration's iteration bits while the file is read: grows by doubling, as few as 4. */
  private static final class IterationBits {

    private byte[] bits = new byte[4];
    private int count;

    void add(byte iteration) {
      if (count == bits.length) {
        bits = Arrays.copyOf(bits, count * 2);
      }
      bits[count++] = iteration;
    }

    byte[] toArray() {
      return Arrays.copyOf(bits, count);
    }
  }

  /** The core count CPU is judged on, or why CPU is left out. */
  ReplayCores cores() {
    return cores;
  }

  /**
   * The node's core count, read from the file's {@code node_cores} column or inferred from its
   * labels: a first pass over the file, so that the second judges every row's nearness with it.
   */
  private static ReplayCores inferCores(
      Path file, List<String> expected, OverloadSettings overload, double margin) {
    CoreInference inference = new CoreInference(overload, margin);
    readChecked(file, expected, row -> inference.add(row.row()));
    return inference.result();
  }

  /** Reads {@code file}, refusing it when its functions are not {@code expected}. */
  private static RecordedResults readChecked(
      Path file, List<String> expected, Consumer<RecordedRow> rows) {
    return ResultsFileReader.read(
        file,
        new ResultsFileReader.Visitor() {
          @Override
          public void functions(List<String> functions) {
            if (!new TreeSet<>(functions).equals(new TreeSet<>(expected))) {
              throw new SamplerException(
                  file + ": its functions " + functions + " are not the config's " + expected,
                  ExitCode.BAD_INPUT,
                  "replay a results.csv recorded with the functions of this config",
                  null);
            }
          }

          @Override
          public void row(RecordedRow row) {
            rows.accept(row);
          }
        });
  }

  /** The rows of {@code configuration} (or of it with the other functions at rate 0), or null. */
  byte[] iterationsOf(Configuration configuration) {
    byte[] own = iterations.get(configuration);
    if (own != null || !lookUpWithZeros(configuration)) {
      return own;
    }
    return iterations.get(withZeros(configuration));
  }

  /** Whether a configuration recorded overloaded by majority dominates {@code configuration}. */
  boolean dominatedByOverloaded(Configuration configuration) {
    return overloaded.isDominated(configuration)
        || lookUpWithZeros(configuration) && overloaded.isDominated(withZeros(configuration));
  }

  /**
   * The recording's class of {@code configuration}: its majority, else overloaded when a recorded
   * overloaded configuration dominates it, else null (the recording does not cover it).
   */
  Boolean recordedClass(Configuration configuration) {
    byte[] rows = iterationsOf(configuration);
    if (rows != null) {
      return majorityOverloaded(rows, rows.length);
    }
    return dominatedByOverloaded(configuration) ? Boolean.TRUE : null;
  }

  static boolean overloaded(byte iteration) {
    return (iteration & OVERLOADED) != 0;
  }

  static boolean near(byte iteration) {
    return (iteration & NEAR) != 0;
  }

  /** More than half of the first {@code count} iterations overloaded (compat §4). */
  static boolean majorityOverloaded(byte[] rows, int count) {
    int overloaded = 0;
    for (int i = 0; i < count; i++) {
      overloaded += overloaded(rows[i]) ? 1 : 0;
    }
    return overloaded > count / 2.0;
  }

  /**
   * Only a file whose rows all list every function (the DFaaS sampler's) stands for the smaller
   * configurations with its zeros; in ours a configuration of fewer functions has rows of its own.
   */
  private boolean lookUpWithZeros(Configuration configuration) {
    return everyFunctionInEveryRow && configuration.pairs().size() < functions.size();
  }

  private Configuration withZeros(Configuration configuration) {
    List<RatePair> pairs = new ArrayList<>(configuration.pairs());
    for (String function : functions) {
      if (configuration.rateOf(function) < 0) {
        pairs.add(new RatePair(function, 0));
      }
    }
    return new Configuration(pairs);
  }
}
