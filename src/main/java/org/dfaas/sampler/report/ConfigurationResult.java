package org.dfaas.sampler.report;

import java.util.Map;
import org.dfaas.sampler.plan.Configuration;

/**
 * One configuration as the report sees it: its iterations in {@code results.csv} and what the other
 * files say of it. Overload is judged as the campaign judges it for dominance (compat §4): more
 * than half of the iterations overloaded.
 *
 * @param configuration the configuration
 * @param iterations what its rows of {@code results.csv} add up to; null for one without rows
 * @param inSkipped whether {@code skipped.csv} lists it
 * @param done whether {@code index.csv} lists it
 * @param searchStatus its class in {@code frontier.csv} ({@code inferred_ok}, …), empty when that
 *     file does not list it
 */
public record ConfigurationResult(
    Configuration configuration,
    IterationAggregate iterations,
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
    if (!measured() && INFERRED_OK.equals(searchStatus)) {
      return Status.INFERRED_OK;
    }
    if (!measured() && INFERRED_OVERLOADED.equals(searchStatus)) {
      return Status.INFERRED_OVERLOADED;
    }
    if (inSkipped) {
      // Without rows a failure looks like a dominance skip, unless frontier.csv tells them apart.
      return !measured() && !FAILED_STATUS.equals(searchStatus) ? Status.DOMINATED : Status.FAILED;
    }
    return Status.INCOMPLETE;
  }

  /** Whether it has rows in {@code results.csv}. */
  public boolean measured() {
    return iterations != null;
  }

  /** How many rows it has in {@code results.csv}. */
  public int iterationCount() {
    return measured() ? iterations.iterations() : 0;
  }

  /** How many of its iterations overloaded the node. */
  public int overloadedIterations() {
    return measured() ? iterations.overloaded() : 0;
  }

  /** The share of its iterations that overloaded the node; NaN without iterations. */
  public double overloadShare() {
    return measured() ? overloadedIterations() / (double) iterationCount() : Double.NaN;
  }

  /** Each overload reason with the iterations it held in; empty without iterations. */
  public Map<String, Integer> overloadReasons() {
    return measured() ? iterations.reasons() : Map.of();
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
    return overloadedIterations() > iterationCount() / 2.0;
  }

  /** The statistics of one value of the node over its iterations. */
  Stats stats(NodeValue value) {
    return measured() ? iterations.stats(value) : Stats.of();
  }

  /** The statistics of one value of {@code function} over its iterations. */
  Stats functionStats(String function, FunctionValue value) {
    return measured() ? iterations.stats(function, value) : Stats.of();
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
