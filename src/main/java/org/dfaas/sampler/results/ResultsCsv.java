package org.dfaas.sampler.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The layout of {@code results.csv} (compat §6): nine columns per campaign function, in sorted name
 * order, then the ten node columns. Every row has every column, so rows of configurations of
 * different functions line up; a function not in the configuration gets empty cells.
 */
public final class ResultsCsv implements CsvTable<ResultRow> {

  private static final List<String> NODE_COLUMNS =
      List.of(
          "cpu_usage_idle_node",
          "cpu_usage_node",
          "ram_usage_idle_node",
          "ram_usage_node",
          "ram_usage_idle_node_percentage",
          "ram_usage_node_percentage",
          "power_usage_idle_node",
          "power_usage_node",
          "rest_seconds",
          "overloaded_node");

  private static final int COLUMNS_PER_FUNCTION = 9;

  private final List<String> functions;

  /** The layout for a campaign of these functions, in any order. */
  public ResultsCsv(Collection<String> campaignFunctions) {
    this.functions = CampaignFunctions.sorted(campaignFunctions);
  }

  /** The campaign's function names, sorted: the order of the function columns. */
  public List<String> functions() {
    return functions;
  }

  @Override
  public List<String> header() {
    List<String> header = new ArrayList<>();
    for (String f : functions) {
      header.add("function_" + f);
      header.add("rate_function_" + f);
      header.add("success_rate_function_" + f);
      header.add("cpu_usage_function_" + f);
      header.add("ram_usage_function_" + f);
      header.add("power_usage_function_" + f);
      header.add("replica_" + f);
      header.add("overloaded_function_" + f);
      header.add("medium_latency_function_" + f);
    }
    header.addAll(NODE_COLUMNS);
    return List.copyOf(header);
  }

  @Override
  public List<String> cells(ResultRow row) {
    CampaignFunctions.requireKnown(
        functions, row.functions().stream().map(FunctionMeasurement::name).toList(), "the row");
    List<String> cells = new ArrayList<>();
    for (String f : functions) {
      Optional<FunctionMeasurement> measured = row.function(f);
      if (measured.isPresent()) {
        addFunction(cells, measured.get());
      } else {
        for (int i = 0; i < COLUMNS_PER_FUNCTION; i++) {
          cells.add("");
        }
      }
    }
    addNode(cells, row.node());
    return List.copyOf(cells);
  }

  private static void addFunction(List<String> cells, FunctionMeasurement m) {
    cells.add(m.name());
    cells.add(CsvNumbers.integer(m.rate()));
    cells.add(CsvNumbers.decimal(m.successRate()));
    cells.add(CsvNumbers.decimal(m.usage().cpu()));
    cells.add(CsvNumbers.decimal(m.usage().ram()));
    cells.add(CsvNumbers.decimal(m.usage().power()));
    cells.add(CsvNumbers.integer(m.replicas()));
    cells.add(CsvNumbers.flag(m.overloaded()));
    cells.add(CsvNumbers.truncated(m.avgLatencyMs()));
  }

  private static void addNode(List<String> cells, NodeMeasurement node) {
    cells.add(CsvNumbers.decimal(node.idle().cpu()));
    cells.add(CsvNumbers.decimal(node.loaded().cpu()));
    cells.add(CsvNumbers.decimal(node.idle().ram()));
    cells.add(CsvNumbers.decimal(node.loaded().ram()));
    cells.add(CsvNumbers.decimal(node.idle().ramPct()));
    cells.add(CsvNumbers.decimal(node.loaded().ramPct()));
    cells.add(CsvNumbers.decimal(node.idle().power()));
    cells.add(CsvNumbers.decimal(node.loaded().power()));
    cells.add(CsvNumbers.integer(node.restSeconds()));
    cells.add(CsvNumbers.flag(node.overloaded()));
  }
}
