package org.dfaas.sampler.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queries file of compat §9: the bundled default, validation, filtering, rendering. */
class QueryCatalogTest {

  @Test
  void theBundledFileIsTheLegacyOneWithRamSummedPlusTheCoreCount() throws Exception {
    QueryCatalog catalog = QueryCatalog.bundled(true);

    assertThat(catalog.queries())
        .extracting(MetricQuery::name)
        .containsExactly(
            "cpu_usage_node",
            "ram_usage_node",
            "ram_usage_node_pct",
            "power_usage_node",
            "ram_usage_function",
            "cpu_usage_function",
            "power_usage_function",
            "cpu_count_node");
    MetricQuery count = catalog.get("cpu_count_node");
    assertThat(count.range()).isFalse();
    assertThat(count.query())
        .isEqualTo("count(count by (cpu) (node_cpu_seconds_total{mode=\"idle\"}))");
    String legacy = Files.readString(Path.of("src/test/resources/fixtures/queries.yml"));
    String bundled =
        new String(
            QueryCatalog.class.getResourceAsStream("queries.yml").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    String ramLine =
        "    query: 'avg_over_time(container_memory_usage_bytes{id=~\"^/kubepods.*\", "
            + "container_label_io_kubernetes_container_name=\"{function_name}\"}[{time_span}])'\n";
    assertThat(legacy).contains(ramLine);
    String summed =
        "    # Wrapped in sum(...) (as the old tool's later versions ship it): one series per"
            + " replica.\n"
            + "    query: 'sum("
            + ramLine.substring("    query: '".length(), ramLine.length() - "'\n".length())
            + ")'\n";
    assertThat(bundled).startsWith(legacy.replace(ramLine, summed));
    assertThat(catalog.get("ram_usage_function").query())
        .startsWith("sum(avg_over_time(container_memory_usage_bytes{")
        .endsWith("[{time_span}]))");
  }

  @Test
  void withoutScaphandreThePowerQueriesAreLeftOut() {
    QueryCatalog catalog = QueryCatalog.bundled(false);

    assertThat(catalog.find("power_usage_node")).isEmpty();
    assertThat(catalog.find("power_usage_function")).isEmpty();
    assertThat(catalog.get("cpu_usage_node").step()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void defaultsAreRangeAndTenSeconds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("q.yml");
    Files.writeString(file, minimal("") + "  - {name: extra, query: 'up', step: 500ms, x: 1}\n");

    QueryCatalog catalog = QueryCatalog.load(file, false);

    assertThat(catalog.get("cpu_usage_node").range()).isTrue();
    assertThat(catalog.get("cpu_usage_node").step()).isEqualTo(Duration.ofSeconds(10));
    assertThat(catalog.get("extra").step()).isEqualTo(Duration.ofMillis(500));
    assertThat(catalog.warnings())
        .containsExactly("query extra (queries[5]): unknown key x, ignored");
    assertThat(catalog.source()).isEqualTo(file.toString());
  }

  @Test
  void listsEveryProblemWithFileAndQueryName() {
    String text =
        "queries:\n"
            + "  - {name: cpu_usage_node, query: 'a'}\n"
            + "  - {name: cpu_usage_node, query: 'b'}\n"
            + "  - {name: ram_usage_node, query: ''}\n"
            + "  - {query: 'c'}\n"
            + "  - {name: x, query: 'd', range: maybe, step: 'ten', enabled_if: gpu}\n";

    assertThatThrownBy(() -> QueryCatalog.parse("my.yml", text, true))
        .isInstanceOfSatisfying(
            QueryCatalogException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "query cpu_usage_node (queries[1]): name used twice",
                        "query ram_usage_node (queries[2]): query is required",
                        "queries[3]: name is required",
                        "query x (queries[4]): range must be true or false, got \"maybe\"",
                        "query x (queries[4]): step must be like 10s (units ms, s, m, h; > 0), got"
                            + " \"ten\"",
                        "query x (queries[4]): enabled_if must be scaphandre, got \"gpu\"",
                        "query ram_usage_node: missing, the campaign needs it",
                        "query ram_usage_node_pct: missing, the campaign needs it",
                        "query cpu_usage_function: missing, the campaign needs it",
                        "query ram_usage_function: missing, the campaign needs it",
                        "query power_usage_node: missing, the campaign needs it when"
                            + " scaphandre_enabled is on",
                        "query power_usage_function: missing, the campaign needs it when"
                            + " scaphandre_enabled is on"))
        .hasMessageStartingWith("queries file my.yml has 12 problems");
  }

  @Test
  void powerQueriesAreRequiredOnlyWithScaphandre() {
    assertThat(QueryCatalog.parse("f", minimal(""), false).queries()).hasSize(5);
    assertThatThrownBy(() -> QueryCatalog.parse("f", minimal(""), true))
        .hasMessageContaining("power_usage_node");
  }

  @Test
  void notYamlOrNoListIsAnError() {
    assertThatThrownBy(() -> QueryCatalog.parse("f", "queries: [", false))
        .isInstanceOf(QueryCatalogException.class)
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> QueryCatalog.parse("f", "other: 1", false))
        .hasMessageContaining("needs a list `queries`");
  }

  @Test
  void anUnreadableFileIsAnErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("none.yml");
    assertThatThrownBy(() -> QueryCatalog.load(missing, false))
        .isInstanceOf(QueryCatalogException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void rendersPlaceholdersEscapingStringLiterals() {
    MetricQuery query =
        new MetricQuery(
            "q",
            "f{name=\"{function_name}\", pid=~\"{pid_regex}\"}[{time_span}]",
            true,
            Duration.ofSeconds(10),
            null);

    assertThat(query.render("30s", "fig\"let\\", "^(12|3\\d+)$"))
        .isEqualTo("f{name=\"fig\\\"let\\\\\", pid=~\"^(12|3\\\\d+)$\"}[30s]");
  }

  @Test
  void aMissingPlaceholderValueIsRefused() {
    MetricQuery query = QueryCatalog.bundled(false).get("cpu_usage_function");
    assertThatThrownBy(() -> query.render("30s", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{function_name}");
  }

  static String minimal(String extra) {
    return "queries:\n"
        + "  - {name: cpu_usage_node, query: 'a'}\n"
        + "  - {name: ram_usage_node, query: 'b'}\n"
        + "  - {name: ram_usage_node_pct, query: 'c'}\n"
        + "  - {name: cpu_usage_function, query: 'd{n=\"{function_name}\"}'}\n"
        + "  - {name: ram_usage_function, query: 'e{n=\"{function_name}\"}'}\n"
        + extra;
  }
}
