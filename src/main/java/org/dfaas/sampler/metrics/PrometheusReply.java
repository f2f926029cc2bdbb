package org.dfaas.sampler.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the value out of a Prometheus API reply (compat §9): an instant query's value is the sum of
 * its series' values; a range query's value is the mean over time of the point-wise sum of its
 * series. A query that matches one series per replica so counts every replica, as the old tool's
 * later versions do (the seed's version took the first series only).
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
        return instantSum(result);
      }
      case "matrix" -> {
        requireArray(result);
        return meanOfPointwiseSum(result);
      }
      case "scalar" -> {
        return sample(result);
      }
      default -> throw new IllegalArgumentException("unsupported resultType \"" + type + "\"");
    }
  }

  /** The sum of every series' value, or {@code null} when there is no series. */
  private static Double instantSum(JsonNode series) {
    if (series.isEmpty()) {
      return null;
    }
    double sum = 0;
    for (JsonNode one : series) {
      sum += sample(one.path("value"));
    }
    return sum;
  }

  /**
   * The series summed point by point, aligned on their timestamps (a series without a point at a
   * timestamp adds nothing there), then the mean over the timestamps; {@code null} when there is no
   * point at all.
   */
  private static Double meanOfPointwiseSum(JsonNode series) {
    Map<Double, Double> sums = new TreeMap<>();
    for (JsonNode one : series) {
      JsonNode points = one.path("values");
      requireArray(points);
      for (JsonNode point : points) {
        sums.merge(timestamp(point), sample(point), Double::sum);
      }
    }
    if (sums.isEmpty()) {
      return null;
    }
    double total = 0;
    for (double sum : sums.values()) {
      total += sum;
    }
    return total / sums.size();
  }

  private static void requireArray(JsonNode node) {
    if (!node.isArray()) {
      throw new IllegalArgumentException("result is not a list");
    }
  }

  /** {@code [timestamp, "value"]}. */
  private static double sample(JsonNode pair) {
    requirePair(pair);
    return parse(pair.get(1).textValue());
  }

  private static double timestamp(JsonNode pair) {
    requirePair(pair);
    if (!pair.get(0).isNumber()) {
      throw new IllegalArgumentException("a sample's time is not a number: " + pair);
    }
    return pair.get(0).doubleValue();
  }

  private static void requirePair(JsonNode pair) {
    if (!pair.isArray() || pair.size() != 2 || !pair.get(1).isTextual()) {
      throw new IllegalArgumentException("a sample is not [time, \"value\"]: " + pair);
    }
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
