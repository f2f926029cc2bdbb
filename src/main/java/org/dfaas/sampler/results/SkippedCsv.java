package org.dfaas.sampler.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dfaas.sampler.plan.Configuration;

/**
 * The layout of {@code skipped.csv} (compat §6): the name and rate of every campaign function, in
 * sorted name order, so the configurations skipped by dominance or failed can be told apart from
 * the dataset; functions not in the configuration get empty cells.
 */
public final class SkippedCsv implements CsvTable<Configuration> {

  private final List<String> functions;

  /** The layout for a campaign of these functions, in any order. */
  public SkippedCsv(Collection<String> campaignFunctions) {
    this.functions = CampaignFunctions.sorted(campaignFunctions);
  }

  @Override
  public List<String> header() {
    List<String> header = new ArrayList<>();
    for (String f : functions) {
      header.addAll(ColumnNames.configurationColumns(f));
    }
    return List.copyOf(header);
  }

  @Override
  public List<String> cells(Configuration configuration) {
    CampaignFunctions.requireKnown(functions, configuration.functionNames(), "the configuration");
    List<String> cells = new ArrayList<>();
    for (String f : functions) {
      int rate = configuration.rateOf(f);
      cells.add(rate < 0 ? "" : f);
      cells.add(rate < 0 ? "" : CsvNumbers.integer(rate));
    }
    return List.copyOf(cells);
  }
}
