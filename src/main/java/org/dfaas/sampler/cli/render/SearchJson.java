package org.dfaas.sampler.cli.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.dfaas.sampler.runtime.SearchWalk;
import org.dfaas.sampler.search.SearchTally;

/** {@code plan --search/--replay --json}: what the search measured and inferred, on one line. */
public final class SearchJson implements ResultFormat<SearchWalk> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void write(SearchWalk walk, PrintWriter out) {
    SearchTally tally = walk.tally();
    ObjectNode node = JSON.createObjectNode();
    node.put("configurations", walk.configurations());
    node.put("search", walk.search().mode().key());
    node.put("iterations", walk.search().iterations().key());
    node.put("measured", tally.measured());
    node.put("k6_runs", tally.k6Runs());
    node.put("measured_overloaded", tally.measuredOverloaded());
    node.put("measured_ok", tally.measuredOk());
    node.put("inferred_overloaded", tally.inferredOverloaded());
    node.put("inferred_ok", tally.inferredOk());
    node.put("contradictions", tally.contradictions());
    walk.agreement().ifPresent(agreement -> node.put("agreement", agreement));
    if (walk.cores() != null) {
      node.put("unknown", walk.unknown());
      if (walk.cores().known()) {
        node.put("node_cores", walk.cores().cores());
      } else {
        node.putNull("node_cores");
      }
      node.put("node_cores_from", walk.cores().source());
    }
    if (walk.inFlight() > 1) {
      node.put("in_flight", walk.inFlight());
      node.put("wall_k6_runs", walk.wallRuns());
    }
    out.println(node);
  }
}
