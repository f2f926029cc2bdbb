package org.dfaas.sampler.cli.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.dfaas.sampler.runtime.OnceResult;

/** {@code once --json}: {@code {"config_id", "duration_seconds", "functions"}} on one line. */
public final class OnceJson implements ResultFormat<OnceResult> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void write(OnceResult result, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("config_id", result.run().configId());
    root.put("duration_seconds", result.run().durationSeconds());
    ObjectNode functions = root.putObject("functions");
    result
        .functions()
        .forEach(
            (name, function) -> {
              ObjectNode item = functions.putObject(name);
              item.put("success_rate", function.successRate());
              item.put("avg_latency", function.avgLatencyMs());
              item.put("request_count", function.requestCount());
            });
    out.println(root.toString());
  }
}
