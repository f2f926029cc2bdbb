package org.dfaas.sampler.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dfaas.sampler.campaign.OverloadEvaluator;
import org.dfaas.sampler.config.Combinations;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.OverloadSettings;
import org.dfaas.sampler.metrics.FunctionUsage;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.results.CsvTableWriter;
import org.dfaas.sampler.results.FunctionMeasurement;
import org.dfaas.sampler.results.NodeMeasurement;
import org.dfaas.sampler.results.ResultRow;
import org.dfaas.sampler.results.ResultsCsv;
import org.dfaas.sampler.search.ClassificationListener;
import org.dfaas.sampler.search.GridSearch;
import org.dfaas.sampler.search.IterationPolicy;
import org.dfaas.sampler.search.OutcomeSource;

/**
 * A monotone node to record campaigns against: each function weighs on it by its own weight, and
 * functions running together contend (a non-additive term that is zero for one function alone).
 * Past its capacity requests start failing, along a steep logistic curve with noise in every
 * iteration, so verdicts near the frontier vary between iterations as on a real node. The node's
 * CPU (per core) rises with the load by {@code cpuSlope} and stops at {@code cpuCap}; a node whose
 * cap lies above the CPU threshold can be overloaded by CPU alone, and its CPU is noisy too.
 *
 * @param weights the load one request per second of each function puts on the node
 * @param capacity the load at which a fifth of requests fail
 * @param contention how much running functions together costs on top of their sum, 0..1
 * @param noise the standard deviation of each iteration's failure share
 * @param seed the seed of the iterations' noise
 * @param cpuSlope how many points of CPU per core one capacity of load adds to the idle 10 %
 * @param cpuCap the highest CPU per core, in %
 */
public record SyntheticNode(
    Map<String, Double> weights,
    double capacity,
    double contention,
    double noise,
    long seed,
    double cpuSlope,
    double cpuCap) {

  /** A node whose CPU never reaches the threshold: its requests fail first. */
  public SyntheticNode(
      Map<String, Double> weights, double capacity, double contention, double noise, long seed) {
    this(weights, capacity, contention, noise, seed, 50, 70);
  }

  static final OverloadSettings OVERLOAD = new OverloadSettings(80, 90, 0.95, 0.90, 15);
  private static final double CORES = 4;

  /** The node's load under {@code configuration}, in units of its capacity. */
  double load(Configuration configuration) {
    double sum = 0;
    double squares = 0;
    for (RatePair pair : configuration.pairs()) {
      double part = weights.get(pair.function()) * pair.rate();
      sum += part;
      squares += part * part;
    }
    return (sum + contention * (sum - Math.sqrt(squares))) / capacity;
  }

  /** One iteration of {@code configuration}: a results.csv row, judged by the real evaluator. */
  ResultRow iteration(Configuration configuration, Random random, OverloadEvaluator evaluator) {
    double load = load(configuration);
    double failing = 0.2 / (1 + Math.exp(-(load - 1) / 0.03)) + random.nextGaussian() * noise;
    List<FunctionMeasurement> functions = new ArrayList<>();
    for (RatePair pair : configuration.pairs()) {
      double success =
          pair.rate() == 0
              ? 1
              : Math.max(0, Math.min(1, 1 - failing + random.nextGaussian() * noise / 2));
      int replicas = 1 + Math.min(12, pair.rate() / 20);
      functions.add(
          new FunctionMeasurement(
              pair.function(),
              pair.rate(),
              success,
              new FunctionUsage(load * 40, 1e8 + pair.rate() * 1e6, Double.NaN),
              replicas,
              evaluator.functionOverloaded(success, replicas),
              20 + 200 * Math.max(0, failing)));
    }
    double cpu = 10 + cpuSlope * load;
    if (cpuCap > OVERLOAD.cpuOverloadPctOfCapacity()) {
      cpu += random.nextGaussian() * noise * 100;
    }
    NodeUsage loaded =
        new NodeUsage(
            CORES * Math.min(cpuCap, cpu),
            4e9 * (0.3 + 0.3 * Math.min(load, 1.5)),
            30 + 30 * Math.min(load, 1.5),
            Double.NaN);
    NodeUsage idle = new NodeUsage(CORES * 2, 1.2e9, 30, Double.NaN);
    boolean overloaded = evaluator.nodeOverloaded(loaded, functions);
    return new ResultRow(functions, new NodeMeasurement(idle, loaded, 0, overloaded));
  }

  /**
   * Records the whole grid campaign of {@code functions} at rates 0..200 step 10, every size from 1
   * to all functions, {@code iterations} per configuration, into {@code file}.
   *
   * @return how many rows were written
   */
  public long recordGridCampaign(List<String> functions, int iterations, Path file) {
    int[] rates = new int[21];
    for (int i = 0; i < rates.length; i++) {
      rates[i] = 10 * i;
    }
    Plan plan =
        Plan.of(
            functions.stream().map(f -> new FunctionSpec(f, "GET", "", Map.of(), null)).toList(),
            rates,
            new Combinations(1, functions.size() + 1));
    OverloadEvaluator evaluator = new OverloadEvaluator(OVERLOAD, CORES);
    Random random = new Random(seed);
    long[] rows = {0};
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CsvTableWriter<ResultRow> writer = new CsvTableWriter<>(out, new ResultsCsv(functions));
      writer.writeHeader();
      OutcomeSource node =
          configuration -> {
            int overloaded = 0;
            for (int i = 0; i < iterations; i++) {
              ResultRow row = iteration(configuration, random, evaluator);
              overloaded += row.node().overloaded() ? 1 : 0;
              try {
                writer.writeRow(row);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              rows[0]++;
            }
            return IterationPolicy.outcome(iterations, overloaded);
          };
      node.drive(new GridSearch(plan, ClassificationListener.NONE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows[0];
  }
}
