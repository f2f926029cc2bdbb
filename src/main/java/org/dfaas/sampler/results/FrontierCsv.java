package org.dfaas.sampler.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The layout of {@code frontier.csv}: one row per configuration of the plan, {@code config_id},
 * then the {@code function_{f}}/{@code rate_function_{f}} columns of {@code skipped.csv}, then
 * {@code status} and {@code implied_by}.
 */
public final class FrontierCsv implements CsvTable<FrontierRow> {

  private final SkippedCsv pairs;

  /** The layout for a campaign of these functions, in any order. */
  public FrontierCsv(Collection<String> campaignFunctions) {
    this.pairs = new SkippedCsv(campaignFunctions);
  }

  @Override
  public List<String> header() {
    List<String> header = new ArrayList<>();
    header.add("config_id");
    header.addAll(pairs.header());
    header.add("status");
    header.add("implied_by");
    return List.copyOf(header);
  }

  @Override
  public List<String> cells(FrontierRow row) {
    List<String> cells = new ArrayList<>();
    cells.add(row.configuration().id());
    cells.addAll(pairs.cells(row.configuration()));
    cells.add(row.status());
    cells.add(row.impliedBy());
    return List.copyOf(cells);
  }
}
