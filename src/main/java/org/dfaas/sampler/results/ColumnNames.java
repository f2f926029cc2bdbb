package org.dfaas.sampler.results;

import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;

/**
 * The one place that names the columns of {@code results.csv}, {@code skipped.csv}, {@code
 * metrics-*.csv} and {@code frontier.csv} (compat §6); their writers, readers and the report use
 * these names, and read a configuration back from its {@code function_{f}}/{@code
 * rate_function_{f}} cells here.
 */
public final class ColumnNames {

  /** The prefix of a function's name column: {@code function_{f}} holds {@code f} or nothing. */
  public static final String FUNCTION_PREFIX = "function_";

  /** Whether the node was overloaded ({@code 1}/{@code 0}). */
  public static final String OVERLOADED_NODE = "overloaded_node";

  /** Whole seconds the cooldown waited before the iteration. */
  public static final String REST_SECONDS = "rest_seconds";

  /** k6's dropped iterations (an extra column). */
  public static final String DROPPED_ITERATIONS = "dropped_iterations";

  /** The node's core count the row's CPU was judged with (an extra column). */
  public static final String NODE_CORES = "node_cores";

  /** Why the node was overloaded, the reasons joined by {@code +}; empty when it was not. */
  public static final String OVERLOAD_REASON = "overload_reason";

  /** The target that measured the row, in a pool's folder. */
  public static final String TARGET = "target";

  public static final String CPU_IDLE_NODE = "cpu_usage_idle_node";
  public static final String CPU_NODE = "cpu_usage_node";
  public static final String RAM_IDLE_NODE = "ram_usage_idle_node";
  public static final String RAM_NODE = "ram_usage_node";
  public static final String RAM_IDLE_NODE_PERCENTAGE = "ram_usage_idle_node_percentage";
  public static final String RAM_NODE_PERCENTAGE = "ram_usage_node_percentage";
  public static final String POWER_IDLE_NODE = "power_usage_idle_node";
  public static final String POWER_NODE = "power_usage_node";

  /** {@code metrics-*.csv}'s name for the node's RAM percentage (the old tool's). */
  public static final String METRICS_RAM_NODE_PCT = "ram_usage_node_pct";

  /** {@code frontier.csv}'s columns after the functions. */
  public static final String CONFIG_ID = "config_id";

  public static final String STATUS = "status";
  public static final String IMPLIED_BY = "implied_by";

  private ColumnNames() {}

  public static String function(String f) {
    return FUNCTION_PREFIX + f;
  }

  public static String rate(String f) {
    return "rate_" + function(f);
  }

  /**
   * The two columns that name a function of a row's configuration and its rate, as {@link
   * #configuration} reads them back.
   */
  public static List<String> configurationColumns(String f) {
    return List.of(function(f), rate(f));
  }

  public static String successRate(String f) {
    return "success_rate_" + function(f);
  }

  public static String cpu(String f) {
    return "cpu_usage_" + function(f);
  }

  public static String ram(String f) {
    return "ram_usage_" + function(f);
  }

  public static String power(String f) {
    return "power_usage_" + function(f);
  }

  public static String replicas(String f) {
    return "replica_" + f;
  }

  public static String overloaded(String f) {
    return "overloaded_" + function(f);
  }

  /** k6's mean latency, under the old tool's name. */
  public static String mediumLatency(String f) {
    return "medium_latency_" + function(f);
  }

  public static String latencyAvg(String f) {
    return "latency_avg_" + function(f);
  }

  public static String latencyMed(String f) {
    return "latency_med_" + function(f);
  }

  public static String latencyP90(String f) {
    return "latency_p90_" + function(f);
  }

  public static String latencyP95(String f) {
    return "latency_p95_" + function(f);
  }

  public static String requestCount(String f) {
    return "request_count_" + function(f);
  }

  /**
   * The configuration of a row, from its {@code function_{f}} cells that name a function and their
   * {@code rate_function_{f}} cells.
   *
   * @throws SamplerException with exit code 2 naming the file, line and column of a bad rate
   */
  public static Configuration configuration(CsvRow row) {
    List<RatePair> pairs = new ArrayList<>();
    List<String> names = row.header().names();
    for (int column = 0; column < names.size(); column++) {
      String name = names.get(column);
      String function = row.cell(column).trim();
      if (name.startsWith(FUNCTION_PREFIX) && !function.isEmpty()) {
        try {
          pairs.add(new RatePair(function, row.count("rate_" + name)));
        } catch (IllegalArgumentException e) {
          throw row.problem(name + " is not a function name: \"" + function + "\"", e);
        }
      }
    }
    try {
      return new Configuration(pairs);
    } catch (IllegalArgumentException e) {
      throw row.problem(e.getMessage(), e);
    }
  }
}
