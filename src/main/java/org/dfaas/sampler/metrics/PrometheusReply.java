package org.dfaas.sampler.metrics;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the value out of a Prometheus API reply (compat §9): an instant query's value is the first
 * series' value, a range query's value is the mean of the first series' points.
 */
final class PrometheusReply {

  private PrometheusReply() {}

  /**
   * The value of {@code data}, or {@code null} when the result is empty.
   *
   * @throws IllegalArgumentException when {@code data} is not shaped like a Prometheus result
   */
  static Double value(JsonNode data) {
    String type = data.path("resultType").asText("");
    JsonNode result = data.path("result");
    switch (type) {
      case "vector" -> {
        requireArray(result);
        return result.isEmpty() ? null : sample(result.get(0).path("value"));
      }
      case "matrix" -> {
        requireArray(result);
        if (result.isEmpty()) {
          return null;
        }
        JsonNode points = result.get(0).path("values");
        requireArray(points);
        if (points.isEmpty()) {
          return null;
        }
        double sum = 0;
        for (JsonNode point : points) {
          sum += sample(point);
        }
        return sum / points.size();
      }
      case "scalar" -> {
        return sample(result);
      }
      default -> throw new IllegalArgumentException("unsupported resultType \"" + type + "\"");
    }
  }

  private static void requireArray(JsonNode node) {
    if (!node.isArray()) {
      throw new IllegalArgumentException("result is not a list");
    }
  }

  /** {@code [timestamp, "value"]}. */
  private static double sample(JsonNode pair) {
    if (!pair.isArray() || pair.size() != 2 || !pair.get(1).isTextual()) {
      throw new IllegalArgumentException("a sample is not [time, \"value\"]: " + pair);
    }
    return parse(pair.get(1).textValue());
  }

  /** Prometheus writes floats as Go does: {@code NaN}, {@code +Inf}, {@code -Inf} included. */
  static double parse(String text) {
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> {
        try {
          yield Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a number: \"" + text + "\"", e);
        }
      }
    };
  }
}
