package org.dfaas.sampler.metrics;

import java.time.Duration;
import java.util.Objects;

/**
 * One entry of a queries file (compat §9): a named PromQL template with its placeholders still in
 * it.
 *
 * @param name the name the collector asks for, e.g. {@code cpu_usage_node}
 * @param query the PromQL with {@code {time_span}}, {@code {function_name}}, {@code {pid_regex}}
 * @param range whether it runs as a range query over a run's window
 * @param step the resolution of a range query
 * @param enabledIf {@code "scaphandre"} when it runs only with Scaphandre, else {@code null}
 */
public record MetricQuery(
    String name, String query, boolean range, Duration step, String enabledIf) {

  /** The only condition a query may name. */
  public static final String SCAPHANDRE = "scaphandre";

  public MetricQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(step, "step");
  }

  /** Whether this query runs with the given Scaphandre setting. */
  public boolean enabled(boolean scaphandre) {
    return enabledIf == null || scaphandre;
  }

  /**
   * The PromQL to send. {@code timeSpan} goes in as it is (a validated duration such as {@code
   * 30s}); the function name and PID regex sit inside PromQL string literals, so backslash, double
   * quote and line breaks are escaped for the literal. The regex is not regex-quoted: it is meant
   * as a regex.
   *
   * @param timeSpan the range of the selectors, e.g. {@code 30s}
   * @param functionName the function, or {@code null} for a node query
   * @param pidRegex the PID regex, or {@code null} when the query needs none
   * @throws IllegalArgumentException when the query has a placeholder with no value
   */
  public String render(String timeSpan, String functionName, String pidRegex) {
    String text = query;
    text = replace(text, "{time_span}", timeSpan, false);
    text = replace(text, "{function_name}", functionName, true);
    text = replace(text, "{pid_regex}", pidRegex, true);
    return text;
  }

  private String replace(String text, String placeholder, String value, boolean literal) {
    if (!text.contains(placeholder)) {
      return text;
    }
    if (value == null) {
      throw new IllegalArgumentException("query " + name + " needs a value for " + placeholder);
    }
    return text.replace(placeholder, literal ? PromQlStrings.escape(value) : value);
  }
}
