package org.dfaas.sampler.report;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.dfaas.sampler.plan.Configuration;

/**
 * One configuration as the report sees it: its iterations in {@code results.csv} and what the other
 * files say of it. Overload is judged as the campaign judges it for dominance (compat §4): more
 * than half of the iterations overloaded.
 *
 * @param configuration the configuration
 * @param iterations its rows of {@code results.csv}, in file order; empty for one only skipped
 * @param inSkipped whether {@code skipped.csv} lists it
 * @param done whether {@code index.csv} lists it
 */
public record ConfigurationResult(
    Configuration configuration,
    List<IterationSample> iterations,
    boolean inSkipped,
    boolean done) {

  public ConfigurationResult {
    iterations = List.copyOf(iterations);
  }

  /** What became of a configuration, as far as the files tell. */
  public enum Status {
    /** All its iterations ran and it is in the index. */
    DONE,
    /** It has rows but is not in the index: the campaign is still running it, or was stopped. */
    INCOMPLETE,
    /** In {@code skipped.csv} with rows in {@code results.csv}: it failed part-way. */
    FAILED,
    /**
     * In {@code skipped.csv} without rows: skipped as dominated by an overloaded configuration (or
     * failed in its first iteration, which the files cannot tell apart).
     */
    DOMINATED
  }

  /** Its status, inferred from which files list it. */
  public Status status() {
    // A configuration that failed and then ran to the end on a resume is done.
    if (done) {
      return Status.DONE;
    }
    if (inSkipped) {
      return iterations.isEmpty() ? Status.DOMINATED : Status.FAILED;
    }
    return Status.INCOMPLETE;
  }

  /** How many of its iterations overloaded the node. */
  public int overloadedIterations() {
    return (int) iterations.stream().filter(IterationSample::overloaded).count();
  }

  /** The share of its iterations that overloaded the node; NaN without iterations. */
  public double overloadShare() {
    return iterations.isEmpty() ? Double.NaN : overloadedIterations() / (double) iterations.size();
  }

  /** Whether more than half of its iterations overloaded the node. */
  public boolean overloaded() {
    return overloadedIterations() > iterations.size() / 2.0;
  }

  /** The statistics of one value over its iterations. */
  public Stats stats(ToDoubleFunction<IterationSample> value) {
    return Stats.of(iterations.stream().mapToDouble(value).toArray());
  }

  /** The statistics of one value of {@code function} over its iterations. */
  public Stats functionStats(String function, ToDoubleFunction<FunctionSample> value) {
    return stats(iteration -> value.applyAsDouble(iteration.function(function)));
  }

  /** The sum of its rates. */
  public int totalRate() {
    return configuration.pairs().stream().mapToInt(p -> p.rate()).sum();
  }

  /** How many functions it runs together. */
  public int size() {
    return configuration.pairs().size();
  }
}
