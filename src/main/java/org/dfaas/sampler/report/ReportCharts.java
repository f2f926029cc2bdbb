package org.dfaas.sampler.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every chart of one report, rendered once: the page embeds them and the writer saves them beside
 * it, and both must show the same pixels.
 *
 * @param functions the chart of each function alone, by function, for functions that ran alone
 * @param grids the pair grids, in name order
 * @param pairs the overload map of each grid
 * @param triples for every three functions with a view, in name order, their grids, one per rate of
 *     the third
 * @param tripleMaps the overload map of each grid of {@code triples}
 * @param node the node chart
 * @param memory what the functions' memory column holds, as their charts label it
 */
record ReportCharts(
    Map<String, ChartImage> functions,
    List<PairGrid> grids,
    Map<PairGrid, ChartImage> pairs,
    Map<List<String>, List<PairGrid>> triples,
    Map<PairGrid, ChartImage> tripleMaps,
    ChartImage node,
    FunctionMemory memory) {

  static ReportCharts of(CampaignSummary summary) {
    return of(summary, FunctionMemory.of(RecordedConfig.of(summary.campaign().folder())));
  }

  static ReportCharts of(CampaignSummary summary, FunctionMemory memory) {
    Map<String, ChartImage> functions = new LinkedHashMap<>();
    for (String f : summary.campaign().functions()) {
      List<ConfigurationResult> singles = summary.singles(f);
      if (summary.hasView(List.of(f)) && singles.stream().anyMatch(ConfigurationResult::measured)) {
        functions.put(f, FunctionChart.of(f, singles, memory));
      }
    }
    List<PairGrid> grids = new ArrayList<>();
    Map<PairGrid, ChartImage> pairs = new LinkedHashMap<>();
    for (List<String> pair : summary.functionPairs()) {
      PairGrid grid = new PairGrid(summary, pair.get(0), pair.get(1));
      grids.add(grid);
      pairs.put(grid, OverloadMapChart.of(grid));
    }
    Map<List<String>, List<PairGrid>> triples = new LinkedHashMap<>();
    Map<PairGrid, ChartImage> tripleMaps = new LinkedHashMap<>();
    for (List<String> triple : summary.functionTriples()) {
      List<PairGrid> perRate =
          PairGrid.triple(summary, triple.get(0), triple.get(1), triple.get(2));
      triples.put(triple, perRate);
      perRate.forEach(grid -> tripleMaps.put(grid, OverloadMapChart.of(grid)));
    }
    return new ReportCharts(
        functions, grids, pairs, triples, tripleMaps, NodeChart.of(summary.run()), memory);
  }

  /** Every image, in page order. */
  List<ChartImage> all() {
    List<ChartImage> all = new ArrayList<>(functions.values());
    all.addAll(pairs.values());
    all.addAll(tripleMaps.values());
    all.add(node);
    return all;
  }

  /** Every grid, pairs then three functions, in page order. */
  List<PairGrid> allGrids() {
    List<PairGrid> all = new ArrayList<>(grids);
    triples.values().forEach(all::addAll);
    return all;
  }
}
