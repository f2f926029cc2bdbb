package org.dfaas.sampler.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.replay.ReplayOutcomes;
import org.dfaas.sampler.search.Classification;
import org.dfaas.sampler.search.ClassificationListener;
import org.dfaas.sampler.search.InFlightDrive;
import org.dfaas.sampler.search.IterationPolicy;
import org.dfaas.sampler.search.OutcomeSource;
import org.dfaas.sampler.search.SearchStrategy;
import org.dfaas.sampler.search.SearchTally;
import org.dfaas.sampler.search.Searches;

/**
 * {@code plan --search} and {@code plan --replay}: runs the config's search against assumed or
 * recorded outcomes and prints what it measured and inferred (text, {@code --json} or {@code
 * --list}).
 */
final class PlanSearch {

  private final SamplerConfig config;
  private final PrintWriter out;

  /**
   * @param config the config, its {@code search.mode} already the one to run
   */
  PlanSearch(SamplerConfig config, PrintWriter out) {
    this.config = config;
    this.out = out;
  }

  void run(OptionalLong capacity, Path replay, int inFlight, boolean json, boolean list) {
    Plan plan = Plan.of(config);
    ClassificationListener listing = list ? new Listing(out) : ClassificationListener.NONE;
    ReplayOutcomes recorded = replay == null ? null : new ReplayOutcomes(replay, config, listing);
    ClassificationListener listener = recorded != null ? recorded : listing;
    SearchStrategy strategy = Searches.create(plan, config.search(), listener);
    OutcomeSource outcomes =
        recorded != null
            ? recorded
            : Searches.assumedCapacity(
                capacity,
                IterationPolicy.of(config.search(), config.iterations()),
                config.search().margin());
    InFlightDrive.Result result = new InFlightDrive(inFlight).drive(strategy, outcomes);
    SearchTally tally = result.tally();
    Double agreement = recorded == null ? null : recorded.agreement();
    if (list) {
      out.flush();
    } else if (json) {
      ObjectNode node = json(plan.size(), tally, agreement);
      if (inFlight > 1) {
        node.put("in_flight", inFlight);
        node.put("wall_k6_runs", result.wallRuns());
      }
      out.println(node);
    } else {
      text(plan.size(), tally, agreement);
      if (inFlight > 1) {
        out.printf(
            Locale.ROOT, "  %d in flight: wall time of %,d k6 runs%n", inFlight, result.wallRuns());
      }
    }
  }

  private ObjectNode json(long configurations, SearchTally tally, Double agreement) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("configurations", configurations);
    node.put("search", config.search().mode().key());
    node.put("iterations", config.search().iterations().key());
    node.put("measured", tally.measured());
    node.put("k6_runs", tally.k6Runs());
    node.put("measured_overloaded", tally.measuredOverloaded());
    node.put("measured_ok", tally.measuredOk());
    node.put("inferred_overloaded", tally.inferredOverloaded());
    node.put("inferred_ok", tally.inferredOk());
    node.put("contradictions", tally.contradictions());
    if (agreement != null) {
      node.put("agreement", agreement);
    }
    return node;
  }

  private void text(long configurations, SearchTally tally, Double agreement) {
    out.printf(
        Locale.ROOT,
        "Search %s, %s iterations, over %,d configurations%n",
        config.search().mode().key(),
        config.search().iterations().key(),
        configurations);
    out.printf(
        Locale.ROOT,
        "  measured   %,d (%.1f %%), %,d k6 runs%n",
        tally.measured(),
        100.0 * tally.measured() / Math.max(1, configurations),
        tally.k6Runs());
    out.printf(
        Locale.ROOT,
        "  overloaded %,d measured, %,d inferred%n",
        tally.measuredOverloaded(),
        tally.inferredOverloaded());
    out.printf(
        Locale.ROOT,
        "  ok         %,d measured, %,d inferred%n",
        tally.measuredOk(),
        tally.inferredOk());
    out.printf(Locale.ROOT, "  contradictions %,d%n", tally.contradictions());
    if (agreement != null) {
      out.printf(Locale.ROOT, "  agreement with the recording %.2f %%%n", 100 * agreement);
    }
  }

  /** {@code n\tid\tpairs\tstatus\timplied_by}, one line per configuration in plan order. */
  private static final class Listing implements ClassificationListener {

    private final PrintWriter out;
    private final StringBuilder line = new StringBuilder(128);

    Listing(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void classified(long ordinal, Classification c) {
      line.setLength(0);
      line.append(ordinal)
          .append('\t')
          .append(c.configuration().id())
          .append('\t')
          .append(Searches.pairs(c.configuration()))
          .append('\t')
          .append(c.status().key())
          .append('\t')
          .append(c.impliedBy() == null ? "" : c.impliedBy().id())
          .append('\n');
      out.write(line.toString());
    }
  }
}
