package org.dfaas.sampler.cli.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.dfaas.sampler.platform.DeployedFunction;
import org.dfaas.sampler.runtime.DeployResult;

/**
 * {@code deploy --json}: {@code {"gateway", "functions": [{"name", "action", "image",
 * "previous_image", "ready_after_seconds"}]}} on one line.
 */
public final class DeployJson implements ResultFormat<DeployResult> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void write(DeployResult result, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("gateway", result.gatewayUrl());
    ArrayNode functions = root.putArray("functions");
    for (DeployedFunction function : result.functions()) {
      ObjectNode item = functions.addObject();
      item.put("name", function.deployment().name());
      item.put("action", DeployText.word(function.action()));
      item.put("image", function.deployment().image().image());
      item.put("previous_image", function.previousImage());
      item.put("ready_after_seconds", function.readyAfter().toMillis() / 1000.0);
    }
    out.println(root.toString());
  }
}
