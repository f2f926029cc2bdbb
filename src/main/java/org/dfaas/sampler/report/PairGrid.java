package org.dfaas.sampler.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.dfaas.sampler.plan.RatePair;

/**
 * The configurations of two functions laid out as a grid, rate of the first across and rate of the
 * second up: what the overload map draws and where its frontier lies. The axes hold only the rates
 * that occur, so exponential or custom rate strategies give evenly spaced cells too. Three
 * functions give one grid per rate of the third, which is then held fixed.
 */
public final class PairGrid {

  private final String first;
  private final String second;
  private final List<Integer> firstRates;
  private final List<Integer> secondRates;
  private final ConfigurationResult[][] cells;
  private final Optional<RatePair> fixed;

  /** The grid of {@code first} × {@code second} over their pair configurations. */
  public PairGrid(CampaignSummary summary, String first, String second) {
    this(first, second, summary.pairs(first, second), Optional.empty());
  }

  /**
   * The grid of {@code first} × {@code second} over {@code pairs}, each a configuration holding
   * both; {@code fixed} is the third function's rate they share, when there is one.
   */
  public PairGrid(
      String first, String second, List<ConfigurationResult> pairs, Optional<RatePair> fixed) {
    this.first = first;
    this.second = second;
    this.fixed = fixed;
    TreeSet<Integer> across = new TreeSet<>();
    TreeSet<Integer> up = new TreeSet<>();
    for (ConfigurationResult pair : pairs) {
      across.add(pair.configuration().rateOf(first));
      up.add(pair.configuration().rateOf(second));
    }
    this.firstRates = List.copyOf(across);
    this.secondRates = List.copyOf(up);
    this.cells = new ConfigurationResult[firstRates.size()][secondRates.size()];
    for (ConfigurationResult pair : pairs) {
      cells[firstRates.indexOf(pair.configuration().rateOf(first))][
              secondRates.indexOf(pair.configuration().rateOf(second))] =
          pair;
    }
  }

  /**
   * The most grids drawn for three functions: a plan of fifty rates per function would otherwise
   * put fifty overload maps per triple on the page, and hold them all in memory while writing it.
   */
  static final int MOST_TRIPLE_GRIDS = 8;

  /**
   * The grids of three functions: {@code first} × {@code second}, one per rate of {@code third}
   * that occurs, lowest first; at most {@link #MOST_TRIPLE_GRIDS}, spread evenly from the lowest
   * rate to the highest.
   */
  public static List<PairGrid> triple(
      CampaignSummary summary, String first, String second, String third) {
    List<ConfigurationResult> all = summary.view(List.of(first, second, third));
    TreeSet<Integer> thirdRates = new TreeSet<>();
    all.forEach(r -> thirdRates.add(r.configuration().rateOf(third)));
    List<PairGrid> grids = new ArrayList<>();
    for (int rate : spread(new ArrayList<>(thirdRates))) {
      grids.add(
          new PairGrid(
              first,
              second,
              all.stream().filter(r -> r.configuration().rateOf(third) == rate).toList(),
              Optional.of(new RatePair(third, rate))));
    }
    return grids;
  }

  /** {@code rates}, or {@link #MOST_TRIPLE_GRIDS} of them from the first to the last. */
  private static List<Integer> spread(List<Integer> rates) {
    if (rates.size() <= MOST_TRIPLE_GRIDS) {
      return rates;
    }
    TreeSet<Integer> chosen = new TreeSet<>();
    for (int i = 0; i < MOST_TRIPLE_GRIDS; i++) {
      chosen.add(rates.get((int) Math.round(i * (rates.size() - 1.0) / (MOST_TRIPLE_GRIDS - 1))));
    }
    return new ArrayList<>(chosen);
  }

  /** The third function and its rate, held fixed in this grid; empty for a pair. */
  public Optional<RatePair> fixed() {
    return fixed;
  }

  /** The grid's name: {@code a × b}, with {@code at c=20} for three functions. */
  public String title() {
    return first
        + " × "
        + second
        + fixed.map(p -> " at " + p.function() + "=" + p.rate() + " requests/s").orElse("");
  }

  /** A file-name stem: {@code a-b}, or {@code a-b-c20}. */
  public String fileStem() {
    return ChartImage.safe(first)
        + "-"
        + ChartImage.safe(second)
        + fixed.map(p -> "-" + ChartImage.safe(p.function()) + p.rate()).orElse("");
  }

  public String first() {
    return first;
  }

  public String second() {
    return second;
  }

  /** The rates of the first function, ascending: the columns. */
  public List<Integer> firstRates() {
    return firstRates;
  }

  /** The rates of the second function, ascending: the rows. */
  public List<Integer> secondRates() {
    return secondRates;
  }

  /** The configuration at column {@code x} and row {@code y}, if the files know it. */
  public Optional<ConfigurationResult> cell(int x, int y) {
    return Optional.ofNullable(cells[x][y]);
  }

  /**
   * The frontier where overload starts at column {@code x}: the row of the lowest rate of the
   * second function at which the node overloads, counting a configuration skipped as dominated or
   * inferred overloaded as overloaded (the campaign skipped it because a lighter one already
   * overloaded). Empty when no cell of the column overloads.
   */
  public Optional<Integer> frontierRow(int x) {
    for (int y = 0; y < secondRates.size(); y++) {
      ConfigurationResult cell = cells[x][y];
      if (cell != null && cell.overloadedOrInferredSo()) {
        return Optional.of(y);
      }
    }
    return Optional.empty();
  }
}
