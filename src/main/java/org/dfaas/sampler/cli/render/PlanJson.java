package org.dfaas.sampler.cli.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.dfaas.sampler.plan.PlanEstimate;
import org.dfaas.sampler.runtime.PlanWalk;

/** {@code plan --json}: the counts and the worst case on one line. */
public final class PlanJson implements ResultFormat<PlanWalk> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void write(PlanWalk walk, PrintWriter out) {
    out.println(tree(walk).toString());
  }

  /** The walk as a JSON object. */
  static ObjectNode tree(PlanWalk walk) {
    PlanEstimate estimate = walk.estimate();
    ObjectNode node = JSON.createObjectNode();
    node.put("configurations", estimate.configurations());
    node.put("done", estimate.done());
    node.put("dominated", estimate.dominated());
    node.put("to_run", walk.toRun());
    node.put("inferred_ok", walk.settled().inferredOk());
    node.put("inferred_overloaded", walk.settled().inferredOverloaded());
    node.put("assumed_overloaded", estimate.assumedOverloaded());
    node.put("overloaded_before", walk.recorded().overloaded().size());
    node.put("failed_before", walk.recorded().failedNotDone());
    node.put("estimated_seconds", walk.worstCaseSeconds());
    return node;
  }
}
