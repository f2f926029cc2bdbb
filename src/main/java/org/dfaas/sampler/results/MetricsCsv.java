package org.dfaas.sampler.results;

import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.metrics.FunctionUsage;
import org.dfaas.sampler.metrics.MetricsRow;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.plan.Configuration;

/**
 * The layout of one {@code metrics-*.csv} (compat §6): the four node columns, then CPU, RAM and
 * power for every function.
 *
 * <p>"Every function" is taken as every function <em>of the iteration's configuration</em>, in
 * sorted name order, not every function of the campaign: a metrics file belongs to one iteration,
 * only the configuration's functions are queried (compat §8), and the old tool wrote this file from
 * the metrics it had collected for them. Columns for functions that were never run would only ever
 * hold {@code nan}.
 */
public final class MetricsCsv implements CsvTable<MetricsRow> {

  private static final List<String> NODE_COLUMNS =
      List.of(
          ColumnNames.CPU_NODE,
          ColumnNames.RAM_NODE,
          ColumnNames.METRICS_RAM_NODE_PCT,
          ColumnNames.POWER_NODE);

  private final List<String> functions;

  private MetricsCsv(List<String> functions) {
    this.functions = functions;
  }

  /** The layout of the metrics files of {@code configuration}'s iterations. */
  public static MetricsCsv forConfiguration(Configuration configuration) {
    return new MetricsCsv(configuration.functionNames());
  }

  @Override
  public List<String> header() {
    List<String> header = new ArrayList<>(NODE_COLUMNS);
    for (String f : functions) {
      header.add(ColumnNames.cpu(f));
      header.add(ColumnNames.ram(f));
      header.add(ColumnNames.power(f));
    }
    return List.copyOf(header);
  }

  /**
   * The cells of {@code row}; a configuration function missing from it is written {@code nan},
   * since a failed query is a missing value, not a reason to lose the file.
   */
  @Override
  public List<String> cells(MetricsRow row) {
    CampaignFunctions.requireKnown(functions, row.functions().keySet(), "the metrics row");
    NodeUsage node = row.node();
    List<String> cells = new ArrayList<>();
    cells.add(CsvNumbers.decimal(node.cpu()));
    cells.add(CsvNumbers.decimal(node.ram()));
    cells.add(CsvNumbers.decimal(node.ramPct()));
    cells.add(CsvNumbers.decimal(node.power()));
    for (String f : functions) {
      FunctionUsage usage = row.function(f);
      cells.add(CsvNumbers.decimal(usage.cpu()));
      cells.add(CsvNumbers.decimal(usage.ram()));
      cells.add(CsvNumbers.decimal(usage.power()));
    }
    return List.copyOf(cells);
  }
}
