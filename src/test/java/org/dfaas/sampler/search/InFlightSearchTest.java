package org.dfaas.sampler.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dfaas.sampler.search.GridSearchTest.capacity;
import static org.dfaas.sampler.search.GridSearchTest.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.config.SearchSettings.Mode;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both searches proposing several configurations at once, as a pool of targets asks them to. */
class InFlightSearchTest {

  private static final SearchSettings FRONTIER = SearchSettings.DEFAULTS.withMode(Mode.FRONTIER);

  /** Interior samples are drawn from what is known not overloaded: they may be comparable. */
  private static final SearchSettings SAMPLED =
      new SearchSettings(Mode.FRONTIER, SearchSettings.IterationMode.FIXED, 0.1, true, 3);

  private static final Plan PLAN =
      plan(new int[] {0, 10, 20, 30, 50, 80, 130}, 3, "a", "b", "c", "d");

  /** A node whose functions weigh on it by their names, overloaded past {@code capacity}. */
  private static OutcomeSource node(int capacity) {
    return c -> {
      double load = 0;
      for (RatePair pair : c.pairs()) {
        load += (pair.function().charAt(0) - 'a' + 1) * pair.rate();
      }
      return new Outcome(load > capacity, 2);
    };
  }

  /** Records which configurations a strategy proposed, checking each batch on the way. */
  private static final class Watched implements SearchStrategy {
    private final SearchStrategy strategy;
    private final boolean incomparable;
    private final Set<Configuration> inFlight = new HashSet<>();
    final List<Configuration> proposed = new ArrayList<>();
    int mostInFlight;

    Watched(SearchStrategy strategy) {
      this(strategy, true);
    }

    Watched(SearchStrategy strategy, boolean incomparable) {
      this.strategy = strategy;
      this.incomparable = incomparable;
    }

    @Override
    public List<Configuration> propose(int max) {
      List<Configuration> batch = strategy.propose(max);
      assertThat(batch.size()).isLessThanOrEqualTo(max);
      for (Configuration c : batch) {
        for (Configuration other : incomparable ? inFlight : Set.<Configuration>of()) {
          assertThat(comparable(c, other)).as("%s and %s at once", c, other).isFalse();
        }
        assertThat(proposed).as("proposed twice").doesNotContain(c);
        inFlight.add(c);
        proposed.add(c);
      }
      mostInFlight = Math.max(mostInFlight, inFlight.size());
      return batch;
    }

    @Override
    public void record(Configuration configuration, Outcome outcome) {
      inFlight.remove(configuration);
      strategy.record(configuration, outcome);
    }

    @Override
    public boolean finished() {
      return strategy.finished();
    }

    @Override
    public SearchTally tally() {
      return strategy.tally();
    }
  }

  private static boolean comparable(Configuration a, Configuration b) {
    if (!a.functionNames().equals(b.functionNames())) {
      return false;
    }
    boolean below = true;
    boolean above = true;
    for (int i = 0; i < a.rates().length; i++) {
      below &= a.rates()[i] <= b.rates()[i];
      above &= a.rates()[i] >= b.rates()[i];
    }
    return below || above;
  }

  private static ClassificationListener into(BitSet overloaded) {
    return (ordinal, c) -> {
      if (c.status().overloaded()) {
        overloaded.set((int) ordinal - 1);
      }
    };
  }

  @ParameterizedTest(name = "{0} in flight")
  @ValueSource(ints = {2, 4, 8, 16})
  void theGridMeasuresWhatItMeasuresSeriallyInFewerRounds(int lanes) {
    BitSet serialClasses = new BitSet();
    Watched serial = new Watched(new GridSearch(PLAN, into(serialClasses)));
    long serialWall = new InFlightDrive(1).drive(serial, node(250)).wallRuns();
    BitSet classes = new BitSet();
    Watched pooled = new Watched(new GridSearch(PLAN, into(classes)));

    InFlightDrive.Result result = new InFlightDrive(lanes).drive(pooled, node(250));

    assertThat(new HashSet<>(pooled.proposed)).isEqualTo(new HashSet<>(serial.proposed));
    assertThat(classes).isEqualTo(serialClasses);
    assertThat(result.tally()).isEqualTo(serial.tally());
    assertThat(pooled.mostInFlight).isEqualTo(lanes);
    assertThat(result.wallRuns()).isLessThan(serialWall);
  }

  @ParameterizedTest(name = "{0} in flight")
  @ValueSource(ints = {1, 2, 4, 8, 16})
  void theFrontierClassifiesAsSeriallyWithSeveralInFlight(int lanes) {
    BitSet serialClasses = new BitSet();
    SearchTally serialTally =
        new InFlightDrive(1)
            .drive(new FrontierSearch(PLAN, FRONTIER, into(serialClasses)), node(250))
            .tally();
    BitSet classes = new BitSet();
    Watched pooled = new Watched(new FrontierSearch(PLAN, FRONTIER, into(classes)));

    InFlightDrive.Result result = new InFlightDrive(lanes).drive(pooled, node(250));

    assertThat(classes).isEqualTo(serialClasses);
    assertThat(result.tally().classified()).isEqualTo(PLAN.size());
    assertThat(pooled.mostInFlight).isLessThanOrEqualTo(lanes);
    if (lanes == 1) {
      assertThat(result.tally()).isEqualTo(serialTally);
      assertThat(result.wallRuns()).isEqualTo(serialTally.k6Runs());
    } else {
      assertThat(pooled.mostInFlight).isGreaterThan(1);
      assertThat(result.wallRuns()).isLessThan(serialTally.k6Runs());
    }
  }

  @ParameterizedTest(name = "{0} in flight")
  @ValueSource(ints = {1, 3})
  void theGridHandsOutEveryConfigurationOnceWhenNothingOverloads(int lanes) {
    Watched pooled = new Watched(new GridSearch(PLAN, ClassificationListener.NONE));

    new InFlightDrive(lanes).drive(pooled, c -> new Outcome(false, 1));

    assertThat(pooled.proposed).hasSize((int) PLAN.size());
    assertThat(new HashSet<>(pooled.proposed)).isEqualTo(new HashSet<>(PLAN.stream().toList()));
  }

  @ParameterizedTest(name = "{0} in flight")
  @ValueSource(ints = {1, 4})
  void theFrontierMeasuresInteriorSamplesOnceEachWithSeveralInFlight(int lanes) {
    BitSet serialClasses = new BitSet();
    SearchTally serial =
        new InFlightDrive(1)
            .drive(new FrontierSearch(PLAN, SAMPLED, into(serialClasses)), node(250))
            .tally();
    BitSet classes = new BitSet();
    Watched pooled = new Watched(new FrontierSearch(PLAN, SAMPLED, into(classes)), false);

    SearchTally tally = new InFlightDrive(lanes).drive(pooled, node(250)).tally();

    assertThat(classes).isEqualTo(serialClasses);
    assertThat(tally.measured())
        .isGreaterThan(
            new InFlightDrive(lanes)
                .drive(new FrontierSearch(PLAN, FRONTIER, ClassificationListener.NONE), node(250))
                .tally()
                .measured());
    assertThat(serial.classified()).isEqualTo(PLAN.size());
  }
}
