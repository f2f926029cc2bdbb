package org.dfaas.sampler.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.FrontierRow;
import org.dfaas.sampler.results.RecordedRow;

/**
 * A campaign's rows added as they land, for a live view: the same aggregates {@link CampaignReader}
 * builds in one pass, grown row by row so that a reader following {@code results.csv} never reads
 * the file again. Memory grows with the configurations, never with the rows.
 *
 * <p>Not thread-safe: one reader adds rows and takes snapshots.
 */
public final class LiveCampaign {

  private final Path folder;
  private final Set<String> functions = new LinkedHashSet<>();
  private final Map<Configuration, IterationAggregate> measured = new LinkedHashMap<>();
  private final Map<String, TargetTally.Counter> targets = new LinkedHashMap<>();
  private final SavedSummaries summaries;

  /** An empty campaign of {@code folder}, whose saved k6 summaries fill in missing percentiles. */
  public LiveCampaign(Path folder) {
    this.folder = folder;
    this.summaries = SavedSummaries.of(folder);
  }

  /** The functions of a results file's header, in its order. */
  public void functions(List<String> names) {
    functions.addAll(names);
  }

  /** Adds one complete row. */
  public void add(RecordedRow row) {
    CampaignReader.add(row, measured, summaries);
    TargetTally.Counter.count(row, targets);
  }

  /** How many configurations have rows. */
  public int configurations() {
    return measured.size();
  }

  /**
   * The campaign as the files tell it now: these rows, and what the other files list.
   *
   * @see Campaign
   */
  public Campaign snapshot(
      List<Configuration> skipped,
      List<ConfigKey> done,
      boolean tornLastLine,
      Optional<TimeSpan> span,
      List<FrontierRow> frontier) {
    return new Campaign(
        folder,
        List.copyOf(functions),
        measured,
        skipped,
        done,
        tornLastLine,
        span,
        frontier,
        CampaignReader.tallies(targets));
  }

  /**
   * The report's charts of {@code summary}, in the report's order: each function alone, each
   * overload map, the node. One way to draw a chart: the report's.
   */
  public static List<ChartImage> charts(CampaignSummary summary) {
    return ReportCharts.of(summary).all();
  }
}
