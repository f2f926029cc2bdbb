package org.dfaas.sampler.report;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The configurations of two functions laid out as a grid, rate of the first across and rate of the
 * second up: what the overload map draws and where its frontier lies. The axes hold only the rates
 * that occur, so exponential or custom rate strategies give evenly spaced cells too.
 */
public final class PairGrid {

  private final String first;
  private final String second;
  private final List<Integer> firstRates;
  private final List<Integer> secondRates;
  private final ConfigurationResult[][] cells;

  /** The grid of {@code first} × {@code second} over their pair configurations. */
  public PairGrid(CampaignSummary summary, String first, String second) {
    this.first = first;
    this.second = second;
    List<ConfigurationResult> pairs = summary.pairs(first, second);
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
