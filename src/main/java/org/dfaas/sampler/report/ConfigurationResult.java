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
 * @param searchStatus its class in {@code frontier.csv} ({@code inferred_ok}, …), empty when that
 *     file does not list it
 */
public record ConfigurationResult(
    Configuration configuration,
    List<IterationSample> iterations,
    boolean inSkipped,
    boolean done,
    String searchStatus) {

  /** The class {@code frontier.csv} gives a configuration inferred not overloaded. */
  public static final String INFERRED_OK = "inferred_ok";

  /** The class {@code frontier.csv} gives a configuration inferred overloaded. */
  public static final String INFERRED_OVERLOADED = "inferred_overloaded";

  /** {@code frontier.csv}'s status of a configuration whose run failed before it was decided. */
  public static final String FAILED_STATUS = "failed";

  public ConfigurationResult {
    iterations = List.copyOf(iterations);
    java.util.Objects.requireNonNull(searchStatus, "searchStatus");
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
    DOMINATED,
    /**
     * Not measured: a frontier search inferred it overloaded, as it dominates a measured overloaded
     * configuration ({@code frontier.csv}).
     */
    INFERRED_OVERLOADED,
    /**
     * Not measured: a frontier search inferred it not overloaded, as a measured non-overloaded
     * configuration dominates it ({@code frontier.csv}).
     */
    INFERRED_OK
  }

  /** Its status, inferred from which files list it. */
  public Status status() {
    // A configuration that failed and then ran to the end on a resume is done.
    if (done) {
      return Status.DONE;
    }
    if (iterations.isEmpty() && INFERRED_OK.equals(searchStatus)) {
      return Status.INFERRED_OK;
    }
    if (iterations.isEmpty() && INFERRED_OVERLOADED.equals(searchStatus)) {
      return Status.INFERRED_OVERLOADED;
    }
    if (inSkipped) {
      // Without rows a failure looks like a dominance skip, unless frontier.csv tells them apart.
      return iterations.isEmpty() && !FAILED_STATUS.equals(searchStatus)
          ? Status.DOMINATED
          : Status.FAILED;
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

  /**
   * Whether it counts as overloaded where overload starts: measured so, or skipped or inferred as
   * dominating an overloaded one.
   */
  public boolean overloadedOrInferredSo() {
    return status() == Status.DOMINATED || status() == Status.INFERRED_OVERLOADED || overloaded();
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
