package org.dfaas.sampler.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;

/**
 * The layout of {@code frontier.csv}: one row per configuration of the plan, {@code config_id},
 * then the {@code function_{f}}/{@code rate_function_{f}} columns of {@code skipped.csv}, then
 * {@code status} and {@code implied_by}.
 */
public final class FrontierCsv implements CsvTable<FrontierRow> {

  private final SkippedCsv pairs;
  private final ConfigIdHash idHash;

  /** The layout for a campaign of these functions, in any order, config ids by SHA-1. */
  public FrontierCsv(Collection<String> campaignFunctions) {
    this(campaignFunctions, ConfigIdHash.SHA1);
  }

  /** The layout for a campaign of these functions, config ids by {@code idHash}. */
  public FrontierCsv(Collection<String> campaignFunctions, ConfigIdHash idHash) {
    this.pairs = new SkippedCsv(campaignFunctions);
    this.idHash = idHash;
  }

  @Override
  public List<String> header() {
    List<String> header = new ArrayList<>();
    header.add(ColumnNames.CONFIG_ID);
    header.addAll(pairs.header());
    header.add(ColumnNames.STATUS);
    header.add(ColumnNames.IMPLIED_BY);
    return List.copyOf(header);
  }

  @Override
  public List<String> cells(FrontierRow row) {
    List<String> cells = new ArrayList<>();
    cells.add(row.configuration().id(idHash));
    cells.addAll(pairs.cells(row.configuration()));
    cells.add(row.status());
    cells.add(row.impliedBy());
    return List.copyOf(cells);
  }
}
