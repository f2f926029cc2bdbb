package org.dfaas.sampler.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Writes the built-in generator's results as k6's {@code --summary-export} file (the legacy form of
 * compat §5), so {@code summaries/} looks the same whichever generator ran and {@code
 * K6Runner.parseSummary} reads both. Latencies in milliseconds, as k6's trends. Stateless.
 */
final class LegacySummary {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LegacySummary() {}

  /**
   * @param statsById metric id → that function's results
   * @param seconds how long the run lasted, for the rates
   */
  static String write(Map<String, LoadStats> statsById, double seconds) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode metrics = root.putObject("metrics");
    long dropped = 0;
    long requests = 0;
    for (Map.Entry<String, LoadStats> entry : statsById.entrySet()) {
      String id = entry.getKey();
      LoadStats stats = entry.getValue();
      dropped += stats.droppedCount();
      requests += stats.requests();
      ObjectNode success = metrics.putObject("success_rate_" + id);
      success.put("passes", stats.successes());
      success.put("fails", stats.requests() - stats.successes());
      success.put(
          "value", stats.requests() == 0 ? 0.0 : (double) stats.successes() / stats.requests());
      trend(metrics.putObject("latency_" + id), stats.latencyMicros());
      counter(metrics.putObject("request_count_" + id), stats.requests(), seconds);
    }
    counter(metrics.putObject("dropped_iterations"), dropped, seconds);
    counter(metrics.putObject("iterations"), requests, seconds);
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of numbers cannot fail to serialise", e);
    }
  }

  private static void trend(ObjectNode node, Histogram micros) {
    boolean empty = micros.getTotalCount() == 0;
    node.put("avg", empty ? 0 : micros.getMean() / 1000);
    node.put("min", empty ? 0 : micros.getMinValue() / 1000.0);
    node.put("med", empty ? 0 : micros.getValueAtPercentile(50) / 1000.0);
    node.put("max", empty ? 0 : micros.getMaxValue() / 1000.0);
    node.put("p(90)", empty ? 0 : micros.getValueAtPercentile(90) / 1000.0);
    node.put("p(95)", empty ? 0 : micros.getValueAtPercentile(95) / 1000.0);
  }

  private static void counter(ObjectNode node, long count, double seconds) {
    node.put("count", count);
    node.put("rate", seconds > 0 ? count / seconds : 0);
  }
}
