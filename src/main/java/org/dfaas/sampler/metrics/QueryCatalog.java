package org.dfaas.sampler.metrics;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfaas.sampler.RegularFiles;

/**
 * The PromQL queries of one campaign (compat §9), validated and already filtered by {@code
 * enabled_if}: what is in here runs. Built from the bundled {@code queries.yml} or a file named by
 * {@code queries_path}. Immutable and thread-safe.
 */
public final class QueryCatalog {

  public static final String CPU_NODE = "cpu_usage_node";
  public static final String RAM_NODE = "ram_usage_node";
  public static final String RAM_PCT_NODE = "ram_usage_node_pct";
  public static final String POWER_NODE = "power_usage_node";
  public static final String CPU_COUNT_NODE = "cpu_count_node";
  public static final String CPU_FUNCTION = "cpu_usage_function";
  public static final String RAM_FUNCTION = "ram_usage_function";
  public static final String POWER_FUNCTION = "power_usage_function";

  /** The queries the campaign cannot do without. */
  private static final List<String> REQUIRED =
      List.of(CPU_NODE, RAM_NODE, RAM_PCT_NODE, CPU_FUNCTION, RAM_FUNCTION);

  /** The queries needed in addition when Scaphandre is on. */
  private static final List<String> REQUIRED_WITH_SCAPHANDRE = List.of(POWER_NODE, POWER_FUNCTION);

  private static final Set<String> KEYS = Set.of("name", "query", "range", "step", "enabled_if");
  private static final Pattern STEP = Pattern.compile("([0-9]+)(ms|s|m|h)?");
  private static final String BUNDLED = "/org/dfaas/sampler/metrics/queries.yml";
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final String source;
  private final Map<String, MetricQuery> queries;
  private final List<String> warnings;

  private QueryCatalog(String source, Map<String, MetricQuery> queries, List<String> warnings) {
    this.source = source;
    this.queries = Collections.unmodifiableMap(new LinkedHashMap<>(queries));
    this.warnings = List.copyOf(warnings);
  }

  /** The bundled queries, filtered for the Scaphandre setting. */
  public static QueryCatalog bundled(boolean scaphandre) {
    try (InputStream in = QueryCatalog.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + BUNDLED);
      }
      return parse(
          "bundled queries.yml", new String(in.readAllBytes(), StandardCharsets.UTF_8), scaphandre);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the bundled " + BUNDLED, e);
    }
  }

  /**
   * The queries of {@code file}, or the bundled ones when it is {@code null}.
   *
   * @throws QueryCatalogException when the file cannot be read or has problems
   */
  public static QueryCatalog load(Path file, boolean scaphandre) {
    if (file == null) {
      return bundled(scaphandre);
    }
    String text;
    try {
      text = RegularFiles.readString(file, "queries file", RegularFiles.TEXT_FILE_BYTES);
    } catch (IOException e) {
      throw new QueryCatalogException(
          file.toString(), List.of("cannot be read: " + e.getMessage()), e);
    }
    return parse(file.toString(), text, scaphandre);
  }

  /**
   * Parses, validates and filters a queries file's text.
   *
   * @param source the file's name, for messages
   * @throws QueryCatalogException listing every problem: syntax, fields, duplicate names, missing
   *     required queries
   */
  public static QueryCatalog parse(String source, String text, boolean scaphandre) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JacksonException e) {
      throw new QueryCatalogException(
          source, List.of("is not valid YAML: " + e.getOriginalMessage()), e);
    }
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    JsonNode list = root == null ? null : root.get("queries");
    if (list == null || !list.isArray()) {
      throw new QueryCatalogException(source, List.of("needs a list `queries`"), null);
    }
    Map<String, MetricQuery> all = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      MetricQuery query = entry(list.get(i), i, problems, warnings);
      if (query != null && all.putIfAbsent(query.name(), query) != null) {
        problems.add("query " + query.name() + " (queries[" + i + "]): name used twice");
      }
    }
    List<String> required = new ArrayList<>(REQUIRED);
    if (scaphandre) {
      required.addAll(REQUIRED_WITH_SCAPHANDRE);
    }
    for (String name : required) {
      if (!all.containsKey(name)) {
        problems.add(
            "query "
                + name
                + ": missing, the campaign needs it"
                + (REQUIRED_WITH_SCAPHANDRE.contains(name)
                    ? " when scaphandre_enabled is on"
                    : ""));
      }
    }
    if (!problems.isEmpty()) {
      throw new QueryCatalogException(source, problems, null);
    }
    Map<String, MetricQuery> active = new LinkedHashMap<>();
    all.values().stream().filter(q -> q.enabled(scaphandre)).forEach(q -> active.put(q.name(), q));
    return new QueryCatalog(source, active, warnings);
  }

  private static MetricQuery entry(
      JsonNode item, int index, List<String> problems, List<String> warnings) {
    String at = "queries[" + index + "]";
    if (item == null || !item.isObject()) {
      problems.add(at + ": must be a map with name and query");
      return null;
    }
    String name = text(item, "name");
    if (name != null && !name.isBlank()) {
      at = "query " + name + " (" + at + ")";
    } else {
      problems.add(at + ": name is required");
    }
    String query = text(item, "query");
    if (query == null || query.isBlank()) {
      problems.add(at + ": query is required");
    }
    boolean range = true;
    JsonNode rangeNode = item.get("range");
    if (rangeNode != null && !rangeNode.isNull()) {
      if (rangeNode.isBoolean()) {
        range = rangeNode.booleanValue();
      } else {
        problems.add(at + ": range must be true or false, got " + rangeNode);
      }
    }
    Duration step = Duration.ofSeconds(10);
    String stepText = text(item, "step");
    if (stepText != null) {
      step = step(stepText);
      if (step == null) {
        problems.add(
            at + ": step must be like 10s (units ms, s, m, h; > 0), got \"" + stepText + "\"");
      }
    }
    String enabledIf = text(item, "enabled_if");
    if (enabledIf != null && !enabledIf.equals(MetricQuery.SCAPHANDRE)) {
      problems.add(at + ": enabled_if must be scaphandre, got \"" + enabledIf + "\"");
    }
    for (var names = item.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!KEYS.contains(key)) {
        warnings.add(at + ": unknown key " + key + ", ignored");
      }
    }
    if (name == null || name.isBlank() || query == null || query.isBlank() || step == null) {
      return null;
    }
    return new MetricQuery(name, query, range, step, enabledIf);
  }

  private static String text(JsonNode item, String key) {
    JsonNode value = item.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Duration step(String text) {
    Matcher m = STEP.matcher(text.trim());
    if (!m.matches()) {
      return null;
    }
    long value = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    Duration step =
        switch (unit) {
          case "ms" -> Duration.ofMillis(value);
          case "m" -> Duration.ofMinutes(value);
          case "h" -> Duration.ofHours(value);
          default -> Duration.ofSeconds(value);
        };
    return step.isZero() ? null : step;
  }

  /** Where these queries came from. */
  public String source() {
    return source;
  }

  /** The active queries, in file order. */
  public List<MetricQuery> queries() {
    return List.copyOf(queries.values());
  }

  /** The active query of that name, if any. */
  public Optional<MetricQuery> find(String name) {
    return Optional.ofNullable(queries.get(name));
  }

  /**
   * The active query of that name.
   *
   * @throws IllegalArgumentException when it is not active (a required one always is)
   */
  public MetricQuery get(String name) {
    MetricQuery query = queries.get(name);
    if (query == null) {
      throw new IllegalArgumentException("no active query " + name + " in " + source);
    }
    return query;
  }

  /** Unknown keys met while reading, one line each, to be logged once. */
  public List<String> warnings() {
    return warnings;
  }
}
