package org.dfaas.sampler.cli.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.dfaas.sampler.runtime.TargetCheckResult;

/**
 * {@code check --json} of a config with targets: {@code {"targets": {name: report or {"error": …}},
 * "failed": [names]}}, each report as {@link CheckJson} writes it.
 */
public final class TargetChecksJson implements ResultFormat<List<TargetCheckResult>> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void write(List<TargetCheckResult> checks, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode targets = root.putObject("targets");
    ArrayNode failed = root.putArray("failed");
    for (TargetCheckResult check : checks) {
      String name = check.target().name();
      if (check.report() != null) {
        ObjectNode report = CheckJson.tree(check.report());
        report.put("ok", check.ok());
        targets.set(name, report);
      } else {
        ObjectNode failure = targets.putObject(name);
        failure.put("ok", false);
        failure.put("error", check.failure().getMessage());
      }
      if (!check.ok()) {
        failed.add(name);
      }
    }
    out.println(root.toPrettyString());
  }
}
