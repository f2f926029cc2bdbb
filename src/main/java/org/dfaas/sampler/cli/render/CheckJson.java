package org.dfaas.sampler.cli.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import org.dfaas.sampler.check.CheckReport;
import org.dfaas.sampler.check.FunctionCheck;
import org.dfaas.sampler.check.PartResult;
import org.dfaas.sampler.check.QueryCheck;

/** {@code check --json}: the report as one indented JSON object. */
public final class CheckJson implements ResultFormat<CheckReport> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void write(CheckReport report, PrintWriter out) {
    out.println(tree(report).toPrettyString());
  }

  /** The report as a JSON object. */
  static ObjectNode tree(CheckReport report) {
    ObjectNode root = JSON.createObjectNode();
    part(root.putObject("k6"), report.k6());
    ObjectNode gateway = root.putObject("gateway");
    part(gateway, report.gateway());
    ObjectNode functions = gateway.putObject("functions");
    for (Map.Entry<String, FunctionCheck> e : report.functions().entrySet()) {
      ObjectNode f = functions.putObject(e.getKey());
      if (e.getValue().listed()) {
        f.put("deployed", e.getValue().deployed());
      } else {
        f.putNull("deployed");
      }
      f.put("replicas", e.getValue().replicas());
    }
    ObjectNode prometheus = root.putObject("prometheus");
    part(prometheus, report.prometheus());
    ObjectNode queries = prometheus.putObject("queries");
    for (Map.Entry<String, QueryCheck> e : report.queries().entrySet()) {
      ObjectNode q = queries.putObject(e.getKey());
      q.put("ok", e.getValue().ok());
      double value = e.getValue().value();
      // JSON has no NaN or infinity.
      if (Double.isFinite(value)) {
        q.put("value", value);
      } else {
        q.putNull("value");
      }
      if (!e.getValue().ok()) {
        q.put("error", e.getValue().detail());
      }
    }
    return root;
  }

  private static void part(ObjectNode node, PartResult result) {
    node.put("ok", result.ok());
    node.put("status", result.status().name());
    node.put("detail", result.detail());
    node.put("embedded", result.embedded());
  }
}
