package org.dfaas.sampler.search;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.dfaas.sampler.plan.Configuration;

/**
 * Drives a strategy as a pool of {@code lanes} alike targets would: each idle lane takes the next
 * proposed configuration, a measurement takes as long as its k6 runs (one time unit each), and
 * outcomes are recorded in the order they finish (ties in the order they started). Gives the
 * search's tally and the pool's wall time in k6 runs, for {@code plan --in-flight}. Deterministic.
 */
public final class InFlightDrive {

  private final int lanes;

  /**
   * @param lanes how many configurations are measured at once, ≥ 1
   */
  public InFlightDrive(int lanes) {
    if (lanes < 1) {
      throw new IllegalArgumentException("lanes must be ≥ 1, got " + lanes);
    }
    this.lanes = lanes;
  }

  /**
   * What driving {@code strategy} with outcomes from {@code source} gave.
   *
   * @param tally the search's tally
   * @param wallRuns the wall time of the pool, in k6 runs: with one lane, the tally's k6 runs
   */
  public record Result(SearchTally tally, long wallRuns) {}

  /** Proposes, measures and records until {@code strategy} is finished. */
  public Result drive(SearchStrategy strategy, OutcomeSource source) {
    PriorityQueue<Running> running =
        new PriorityQueue<>(
            Comparator.comparingLong(Running::ends).thenComparingLong(Running::sequence));
    long now = 0;
    long sequence = 0;
    while (!strategy.finished()) {
      List<Configuration> batch =
          running.size() < lanes ? strategy.propose(lanes - running.size()) : List.of();
      for (Configuration configuration : batch) {
        Outcome outcome = source.measure(configuration);
        running.add(new Running(configuration, outcome, now + outcome.iterations(), sequence++));
      }
      if (batch.isEmpty()) {
        if (running.isEmpty()) {
          if (strategy.finished()) {
            break;
          }
          throw new IllegalStateException("the strategy awaits nothing and proposes nothing");
        }
        Running next = running.poll();
        now = next.ends();
        strategy.record(next.configuration(), next.outcome());
      }
    }
    return new Result(strategy.tally(), now);
  }

  private record Running(Configuration configuration, Outcome outcome, long ends, long sequence) {}
}
