package org.dfaas.sampler.k6;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.config.FunctionSpec;

/**
 * Writes the k6 script of one configuration, byte-for-byte as the old tool wrote it (compat §5), so
 * that scripts kept in old output folders and new ones stay comparable.
 */
final class K6ScriptWriter {

  /** One function of the script and the rate it is driven at. */
  record Load(FunctionSpec function, int rate) {}

  private final String gatewayUrl;
  private final String duration;

  /**
   * @param gatewayUrl the OpenFaaS gateway, trailing slashes allowed
   * @param duration the run's duration as the user wrote it ({@code 30s})
   */
  K6ScriptWriter(String gatewayUrl, String duration) {
    this.gatewayUrl = stripTrailingSlashes(gatewayUrl);
    this.duration = duration;
  }

  /** The script driving {@code loads}, which must be sorted by function name. */
  K6Script write(List<Load> loads) {
    Map<String, String> ids =
        MetricIds.assign(loads.stream().map(load -> load.function().name()).toList());
    List<String> lines = new ArrayList<>();
    header(lines);
    for (Load load : loads) {
      functionBlock(lines, load.function(), ids.get(load.function().name()));
    }
    List<Load> active = loads.stream().filter(load -> load.rate() > 0).toList();
    lines.add("export const options = {");
    lines.add("  scenarios: {");
    if (active.isEmpty()) {
      idleScenario(lines);
    } else {
      for (Load load : active) {
        scenario(lines, load, ids.get(load.function().name()));
      }
    }
    lines.add("  },");
    lines.add("};");
    if (active.isEmpty()) {
      idleFunction(lines);
    }
    List<K6Load> structured =
        loads.stream()
            .map(
                load ->
                    new K6Load(
                        load.function(),
                        gatewayUrl + "/function/" + load.function().name(),
                        load.rate()))
            .toList();
    return new K6Script(String.join("\n", lines) + "\n", ids, structured);
  }

  private static void header(List<String> lines) {
    lines.add("import http from \"k6/http\";");
    lines.add("import { check, sleep } from \"k6\";");
    lines.add("import { Rate, Trend, Counter } from \"k6/metrics\";");
    lines.add("");
  }

  private void functionBlock(List<String> lines, FunctionSpec function, String id) {
    String fn = "fn_" + id;
    lines.add("const " + fn + " = {");
    lines.add("  method: " + PythonJson.quote(function.method()) + ",");
    lines.add("  url: " + PythonJson.quote(gatewayUrl + "/function/" + function.name()) + ",");
    lines.add("  body: " + PythonJson.quote(function.body()) + ",");
    lines.add("  headers: " + PythonJson.object(function.headers()) + ",");
    lines.add("};");
    lines.add(metric("Rate", "success_rate_" + id));
    lines.add(metric("Trend", "latency_" + id));
    lines.add(metric("Counter", "request_count_" + id));
    lines.add("");
    lines.add("export function exec_" + id + "() {");
    lines.add(
        "  const res = http.request(%1$s.method, %1$s.url, %1$s.body, { headers: %1$s.headers });"
            .formatted(fn));
    lines.add("  const ok = res.status >= 200 && res.status < 300;");
    lines.add("  success_rate_" + id + ".add(ok);");
    lines.add("  latency_" + id + ".add(res.timings.duration);");
    lines.add("  request_count_" + id + ".add(1);");
    lines.add("  check(res, { \"status is 2xx\": (r) => r.status >= 200 && r.status < 300 });");
    lines.add("}");
    lines.add("");
  }

  private static String metric(String type, String name) {
    return "const " + name + " = new " + type + "(\"" + name + "\");";
  }

  private void scenario(List<String> lines, Load load, String id) {
    int vus = Math.max(1, load.rate());
    lines.add("    " + id + ": {");
    lines.add("      executor: \"constant-arrival-rate\",");
    lines.add("      rate: " + load.rate() + ",");
    lines.add("      timeUnit: \"1s\",");
    lines.add("      duration: " + PythonJson.quote(duration) + ",");
    lines.add("      preAllocatedVUs: " + vus + ",");
    lines.add("      maxVUs: " + vus + ",");
    lines.add("      exec: \"exec_" + id + "\",");
    lines.add("      tags: { function: " + PythonJson.quote(load.function().name()) + " },");
    lines.add("    },");
  }

  private void idleScenario(List<String> lines) {
    lines.add("    idle: {");
    lines.add("      executor: \"constant-vus\",");
    lines.add("      vus: 1,");
    lines.add("      duration: " + PythonJson.quote(duration) + ",");
    lines.add("      exec: \"idle_exec\",");
    lines.add("    },");
  }

  private static void idleFunction(List<String> lines) {
    lines.add("");
    lines.add("export function idle_exec() {");
    lines.add("  sleep(1);");
    lines.add("}");
  }

  private static String stripTrailingSlashes(String url) {
    int end = url.length();
    while (end > 0 && url.charAt(end - 1) == '/') {
      end--;
    }
    return url.substring(0, end);
  }
}
