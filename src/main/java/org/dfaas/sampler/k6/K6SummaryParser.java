package org.dfaas.sampler.k6;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dfaas.sampler.plan.RatePair;

/**
 * Reads the per-function results out of a k6 summary (compat §5), in either form k6 writes: the
 * legacy {@code --summary-export} file keeps a metric's numbers at its top level, the {@code
 * handleSummary} data keeps them under {@code values}. Thread-safe.
 */
public final class K6SummaryParser {

  /** A Counter's total; its per-second rate when a summary leaves the total out. */
  private static final List<String> COUNT_FIELDS = List.of("count", "rate");

  // A summary cut short or followed by k6's own output is not the summary k6 meant to write.
  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ObjectMapper indenting =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Reads {@code summaryJson} once: the results of each function of {@code pairs}, the dropped
   * iterations and the indented text.
   *
   * @throws K6SummaryException as {@link #parse} does
   */
  public K6Summary read(
      String source, String summaryJson, Map<String, String> metricIds, List<RatePair> pairs) {
    JsonNode root = root(source, summaryJson);
    JsonNode metrics = metrics(source, root);
    String indented;
    try {
      indented = indenting.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new K6SummaryException("k6 summary of " + source + " cannot be indented", e);
    }
    return new K6Summary(
        functions(source, metrics, metricIds, pairs), droppedIterations(metrics), indented);
  }

  /**
   * The results of each function of {@code pairs}.
   *
   * @param source what the summary belongs to, for messages ({@code config 9119962e05b1}, a file)
   * @param summaryJson the summary's text
   * @param metricIds function name → metric id, from the script that ran; must cover {@code pairs}
   * @param pairs the functions of the configuration and their rates
   * @return function name → result, sorted by name
   * @throws K6SummaryException when the text is not JSON, has no {@code metrics} map, or lacks a
   *     metric (or its number) of a function driven at a rate above 0
   */
  public SortedMap<String, FunctionLoadResult> parse(
      String source, String summaryJson, Map<String, String> metricIds, List<RatePair> pairs) {
    return functions(source, metrics(source, root(source, summaryJson)), metricIds, pairs);
  }

  private static SortedMap<String, FunctionLoadResult> functions(
      String source, JsonNode metrics, Map<String, String> metricIds, List<RatePair> pairs) {
    List<String> problems = new ArrayList<>();
    SortedMap<String, FunctionLoadResult> results = new TreeMap<>();
    for (RatePair pair : pairs) {
      String id = metricIds.get(pair.function());
      if (id == null) {
        throw new IllegalArgumentException("no metric id for function " + pair.function());
      }
      MetricReader reader = new MetricReader(metrics, pair, problems);
      FunctionLoadResult idle = FunctionLoadResult.IDLE;
      double successRate =
          reader.number(
              "success_rate_" + id, idle.successRate(), List.of("value"), List.of("rate"));
      double latency =
          reader.number("latency_" + id, idle.avgLatencyMs(), List.of("avg"), List.of("avg"));
      double count =
          reader.number("request_count_" + id, idle.requestCount(), COUNT_FIELDS, COUNT_FIELDS);
      LatencyDetail detail =
          new LatencyDetail(
              reader.optional("latency_" + id, "avg"),
              reader.optional("latency_" + id, "med"),
              reader.optional("latency_" + id, "p(90)"),
              reader.optional("latency_" + id, "p(95)"));
      results.put(pair.function(), new FunctionLoadResult(successRate, latency, count, detail));
    }
    if (!problems.isEmpty()) {
      throw new K6SummaryException(
          "k6 summary of " + source + " is incomplete: " + String.join("; ", problems));
    }
    return Collections.unmodifiableSortedMap(results);
  }

  /**
   * The latency trend of each function in a summary of a script written for {@code functions}: the
   * summary a campaign saved in {@code summaries/}, read again for a report. A function whose trend
   * is absent gets {@link LatencyDetail#ABSENT}; nothing else is checked.
   *
   * @param functions every function of the configuration, rate 0 included, sorted by name (the
   *     order the script assigned metric ids in)
   * @throws K6SummaryException when the text is not JSON or has no {@code metrics} map
   */
  public SortedMap<String, LatencyDetail> latencies(
      String source, String summaryJson, List<String> functions) {
    JsonNode metrics = metrics(source, root(source, summaryJson));
    SortedMap<String, LatencyDetail> latencies = new TreeMap<>();
    MetricIds.assign(functions)
        .forEach(
            (function, id) -> {
              JsonNode trend = metrics.get("latency_" + id);
              latencies.put(
                  function,
                  new LatencyDetail(
                      valueOf(trend, "avg"),
                      valueOf(trend, "med"),
                      valueOf(trend, "p(90)"),
                      valueOf(trend, "p(95)")));
            });
    return Collections.unmodifiableSortedMap(latencies);
  }

  /**
   * k6's {@code dropped_iterations}: arrivals a constant-arrival-rate scenario could not start for
   * want of a free VU; 0 when the summary has no such metric (k6 writes it only when something was
   * dropped).
   */
  private static long droppedIterations(JsonNode metrics) {
    double count = valueOf(metrics.get("dropped_iterations"), "count");
    return Double.isNaN(count) ? 0 : Math.round(count);
  }

  /** The number {@code field} of a metric in either form, NaN when there is none. */
  private static double valueOf(JsonNode metric, String field) {
    if (metric == null || !metric.isObject()) {
      return Double.NaN;
    }
    JsonNode values = metric.get("values");
    JsonNode holder = values != null && values.isObject() ? values : metric;
    JsonNode number = holder.get(field);
    return number != null && number.isNumber() ? number.doubleValue() : Double.NaN;
  }

  private JsonNode root(String source, String summaryJson) {
    JsonNode root;
    try {
      root = mapper.readTree(summaryJson);
    } catch (JsonProcessingException e) {
      throw new K6SummaryException(
          "k6 summary of " + source + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new K6SummaryException("k6 summary of " + source + " is not JSON: it is empty");
    }
    return root;
  }

  private static JsonNode metrics(String source, JsonNode root) {
    JsonNode metrics = root.get("metrics");
    if (metrics == null || !metrics.isObject()) {
      throw new K6SummaryException("k6 summary of " + source + " has no \"metrics\" map");
    }
    return metrics;
  }

  /** Reads one function's metrics, noting every problem rather than stopping at the first. */
  private record MetricReader(JsonNode metrics, RatePair pair, List<String> problems) {

    /**
     * The first number the metric has among {@code legacyFields} (legacy form) or {@code
     * valuesFields} (under {@code values}); {@code absent} when a function at rate 0 lacks it,
     * since such a function sent nothing.
     */
    double number(
        String metric, double absent, List<String> legacyFields, List<String> valuesFields) {
      JsonNode node = metrics.get(metric);
      if (node == null || node.isNull()) {
        if (pair.rate() > 0) {
          problems.add(describe() + " has no metric \"" + metric + "\"");
        }
        return absent;
      }
      JsonNode values = node.get("values");
      boolean handleSummaryForm = values != null && values.isObject();
      List<String> fields = handleSummaryForm ? valuesFields : legacyFields;
      JsonNode holder = handleSummaryForm ? values : node;
      for (String field : fields) {
        JsonNode number = holder.get(field);
        if (number != null && number.isNumber()) {
          return number.doubleValue();
        }
      }
      if (pair.rate() > 0) {
        String where = handleSummaryForm ? "values." : "";
        problems.add(
            describe()
                + ": metric \""
                + metric
                + "\" has no number "
                + where
                + String.join(" or " + where, fields));
      }
      return absent;
    }

    /** The number {@code field} of {@code metric}, NaN when absent; never a problem. */
    double optional(String metric, String field) {
      return valueOf(metrics.get(metric), field);
    }

    private String describe() {
      return "function " + pair.function() + " (rate " + pair.rate() + ")";
    }
  }
}
