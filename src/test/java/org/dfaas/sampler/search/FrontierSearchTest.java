package org.dfaas.sampler.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dfaas.sampler.search.GridSearchTest.capacity;
import static org.dfaas.sampler.search.GridSearchTest.dfaas;
import static org.dfaas.sampler.search.GridSearchTest.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.config.SearchSettings.Mode;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.search.Classification.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontierSearchTest {

  private static final SearchSettings FRONTIER = SearchSettings.DEFAULTS.withMode(Mode.FRONTIER);

  /** Which configurations, by plan position, a search concluded overloaded. */
  private static BitSet overloadMap(OutcomeSource source, SearchStrategy strategy, BitSet map) {
    source.drive(strategy);
    return map;
  }

  private static ClassificationListener into(BitSet map, List<Classification> all) {
    return (ordinal, c) -> {
      if (c.status().overloaded()) {
        map.set((int) ordinal - 1);
      }
      if (all != null) {
        all.add(c);
      }
    };
  }

  @Test
  void classifiesTheDfaasPairsAsTheGridDoesFromUnderAQuarterOfItsMeasurements() {
    Plan plan = dfaas(3);
    BitSet grid = new BitSet();
    BitSet frontier = new BitSet();
    List<Classification> classes = new ArrayList<>();
    SearchTally gridTally = capacity(150).drive(new GridSearch(plan, into(grid, null)));

    SearchTally tally =
        capacity(150).drive(new FrontierSearch(plan, FRONTIER, into(frontier, classes)));

    assertThat(frontier).isEqualTo(grid);
    assertThat(classes).hasSize(40_425);
    assertThat(tally.classified()).isEqualTo(40_425);
    assertThat(gridTally.measured()).isEqualTo(14_161);
    assertThat(tally.measured()).isLessThanOrEqualTo(14_161 / 4);
    assertThat(tally.contradictions()).isZero();
  }

  @ParameterizedTest(name = "capacity {0}")
  @ValueSource(ints = {0, 5, 45, 150, 390, 1000})
  void agreesWithTheGridOnAWeightedNonAdditiveNode(int capacity) {
    Plan plan = plan(new int[] {0, 10, 20, 30, 50, 80, 130}, 4, "a", "b", "c", "d");
    OutcomeSource node =
        c -> {
          // Each function weighs on the node by its name; the busiest one adds a concave term.
          double load = 0;
          double peak = 0;
          for (RatePair pair : c.pairs()) {
            int weight = pair.function().charAt(0) - 'a' + 1;
            load += weight * pair.rate();
            peak = Math.max(peak, pair.rate() * (5 - weight));
          }
          return new Outcome(load + Math.sqrt(peak) * 7 > capacity, 1);
        };
    BitSet grid = new BitSet();
    BitSet frontier = new BitSet();
    node.drive(new GridSearch(plan, into(grid, null)));

    node.drive(new FrontierSearch(plan, FRONTIER, into(frontier, null)));

    assertThat(frontier).isEqualTo(grid);
  }

  @Test
  void namesTheMeasuredConfigurationThatImpliesEachInferredOne() {
    Plan plan = plan(new int[] {0, 10, 20, 30}, 3, "a", "b");
    List<Classification> classes = new ArrayList<>();

    capacity(25).drive(new FrontierSearch(plan, FRONTIER, into(new BitSet(), classes)));

    for (Classification c : classes) {
      if (c.status().measured()) {
        assertThat(c.impliedBy()).isNull();
        continue;
      }
      Classification by =
          classes.stream().filter(o -> o.configuration().equals(c.impliedBy())).findFirst().get();
      assertThat(by.status())
          .as("%s implied by %s", c, by)
          .isIn(Status.MEASURED_OK, Status.MEASURED_OVERLOADED);
      assertThat(by.status().overloaded()).isEqualTo(c.status().overloaded());
    }
    assertThat(classes)
        .extracting(c -> c.configuration().describe() + " " + c.status().key())
        .startsWith(
            // The first single gallops up from its bottom: 0, then 1 and 2 steps above it.
            "a=0 measured_ok",
            "a=10 measured_ok",
            "a=20 measured_ok",
            "a=30 measured_overloaded",
            // The next starts just below the boundary the one before found.
            "b=0 inferred_ok",
            "b=10 inferred_ok",
            "b=20 measured_ok",
            "b=30 measured_overloaded",
            "a=0, b=0 inferred_ok");
  }

  @Test
  void makesTheSameChoicesFromTheSameOutcomes() {
    Plan plan = plan(new int[] {0, 10, 20, 30, 40}, 4, "a", "b", "c");
    List<Configuration> first = new ArrayList<>();
    List<Configuration> second = new ArrayList<>();
    OutcomeSource noisy = c -> new Outcome((c.id().hashCode() & 7) == 0 || sum(c) > 60, 1);
    SearchSettings sampling =
        new SearchSettings(Mode.FRONTIER, FRONTIER.iterations(), 0.1, true, 3);

    ((OutcomeSource)
            c -> {
              first.add(c);
              return noisy.measure(c);
            })
        .drive(new FrontierSearch(plan, sampling, ClassificationListener.NONE));
    ((OutcomeSource)
            c -> {
              second.add(c);
              return noisy.measure(c);
            })
        .drive(new FrontierSearch(plan, sampling, ClassificationListener.NONE));

    assertThat(second).isEqualTo(first).doesNotHaveDuplicates();
  }

  @Test
  void countsAContradictionAndLetsOverloadWinForWhatBothImply() {
    Plan plan = plan(new int[] {0, 10, 20, 30, 40, 50, 60}, 3, "a", "b");
    SearchSettings sampling =
        new SearchSettings(Mode.FRONTIER, FRONTIER.iterations(), 0.1, true, 4);
    List<Configuration> clean = new ArrayList<>();
    ((OutcomeSource)
            c -> {
              clean.add(c);
              return new Outcome(sum(c) > 70, 1);
            })
        .drive(new FrontierSearch(plan, sampling, ClassificationListener.NONE));
    // The last measurement is an interior sample of the pair: let noise make it overloaded.
    Configuration noisy = clean.get(clean.size() - 1);
    List<Configuration> measured = new ArrayList<>();
    List<Classification> classes = new ArrayList<>();
    List<String> told = new ArrayList<>();
    ClassificationListener classifying = into(new BitSet(), classes);
    ClassificationListener listener =
        new ClassificationListener() {
          @Override
          public void classified(long ordinal, Classification c) {
            classifying.classified(ordinal, c);
          }

          @Override
          public void contradiction(
              long ordinal, Configuration overloaded, Configuration dominating, long count) {
            told.add(count + " " + overloaded.describe() + " under " + dominating.describe());
          }
        };

    SearchTally tally =
        ((OutcomeSource)
                c -> {
                  measured.add(c);
                  return new Outcome(sum(c) > 70 || c.equals(noisy), 1);
                })
            .drive(new FrontierSearch(plan, sampling, listener));

    assertThat(measured).isEqualTo(clean).doesNotHaveDuplicates();
    assertThat(tally.contradictions()).isEqualTo(1);
    assertThat(told)
        .as("told once")
        .hasSize(1)
        .first()
        .asString()
        .startsWith("1 " + noisy.describe());
    assertThat(tally.classified()).isEqualTo(plan.size());
    for (Classification c : classes) {
      boolean above =
          c.configuration().pairs().size() == 2
              && c.configuration().rateOf("a") >= noisy.rateOf("a")
              && c.configuration().rateOf("b") >= noisy.rateOf("b");
      if (above && !c.status().measured()) {
        assertThat(c.status()).as("%s", c).isEqualTo(Status.INFERRED_OVERLOADED);
      }
    }
    assertThat(classes)
        .filteredOn(c -> c.configuration().equals(noisy))
        .extracting(Classification::status)
        .containsExactly(Status.MEASURED_OVERLOADED);
  }

  @Test
  void measuresEverySingleConfigurationWhenZeroRatesAreNotEquivalent() {
    Plan plan = plan(new int[] {0, 10, 20}, 3, "a", "b");
    SearchSettings noZero = new SearchSettings(Mode.FRONTIER, FRONTIER.iterations(), 0.1, false, 0);
    BitSet grid = new BitSet();
    BitSet frontier = new BitSet();
    capacity(1000).drive(new GridSearch(plan, into(grid, null)));

    SearchTally tally =
        capacity(1000).drive(new FrontierSearch(plan, noZero, into(frontier, null)));

    assertThat(frontier).isEqualTo(grid);
    assertThat(frontier.isEmpty()).isTrue();
    assertThat(tally.measured())
        .as("the first single from its bottom up (3), then the top of each other line (4)")
        .isEqualTo(7);
  }

  private static int sum(Configuration c) {
    return c.pairs().stream().mapToInt(RatePair::rate).sum();
  }
}
