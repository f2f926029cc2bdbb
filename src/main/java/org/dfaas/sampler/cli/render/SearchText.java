package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.util.Locale;
import org.dfaas.sampler.runtime.SearchWalk;
import org.dfaas.sampler.search.SearchTally;

/** {@code plan --search/--replay}: what the search measured and inferred, for a human. */
public final class SearchText implements ResultFormat<SearchWalk> {

  @Override
  public void write(SearchWalk walk, PrintWriter out) {
    SearchTally tally = walk.tally();
    long configurations = walk.configurations();
    out.printf(
        Locale.ROOT,
        "Search %s, %s iterations, over %,d configurations%n",
        walk.search().mode().key(),
        walk.search().iterations().key(),
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
    if (walk.unknown() > 0) {
      out.printf(
          Locale.ROOT,
          "  unknown    %,d not settled by the recording (left out of agreement)%n",
          walk.unknown());
    }
    walk.agreement()
        .ifPresent(
            agreement ->
                out.printf(
                    Locale.ROOT, "  agreement with the recording %.2f %%%n", 100 * agreement));
    if (walk.cores() != null) {
      out.printf(Locale.ROOT, "  %s%n", walk.cores().describe());
    }
    if (walk.inFlight() > 1) {
      out.printf(
          Locale.ROOT,
          "  %d in flight: wall time of %,d k6 runs%n",
          walk.inFlight(),
          walk.wallRuns());
    }
  }
}
