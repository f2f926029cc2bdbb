package org.dfaas.sampler.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dfaas.sampler.search.GridSearchTest.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.config.SearchSettings.Mode;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.search.Classification.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A configuration whose run failed is undecided: searches infer nothing from it. */
class FailedOutcomeTest {

  private static final SearchSettings FRONTIER = SearchSettings.DEFAULTS.withMode(Mode.FRONTIER);
  private static final int CAPACITY = 45;

  private static boolean overloaded(Configuration c) {
    return c.pairs().stream().mapToInt(RatePair::rate).sum() > CAPACITY;
  }

  /** A node of capacity {@value #CAPACITY} on which the configurations {@code failing} fail. */
  private static OutcomeSource node(Predicate<Configuration> failing, List<Configuration> asked) {
    return c -> {
      asked.add(c);
      return failing.test(c) ? Outcome.failed(2) : new Outcome(overloaded(c), 3);
    };
  }

  private static Plan triples() {
    return plan(new int[] {0, 10, 20, 30, 40}, 3, "a", "b", "c");
  }

  /**
   * Drives the frontier search with the configurations {@code failing} failing and checks what
   * every search must give: each configuration proposed once, every one classified, each failed one
   * {@code failed}, every other one as the node has it, and nothing implied by a failed one.
   */
  private static SearchTally checkFrontier(
      Plan plan, Predicate<Configuration> failing, int inFlight) {
    List<Configuration> asked = new ArrayList<>();
    Map<Configuration, Classification> classes = new HashMap<>();
    FrontierSearch search =
        new FrontierSearch(plan, FRONTIER, (ordinal, c) -> classes.put(c.configuration(), c));
    SearchTally tally =
        inFlight == 1
            ? node(failing, asked).drive(search)
            : new InFlightDrive(inFlight).drive(search, node(failing, asked)).tally();

    assertThat(asked).doesNotHaveDuplicates();
    assertThat(classes).hasSize((int) plan.size());
    assertThat(tally.classified()).isEqualTo(plan.size());
    long failed = asked.stream().filter(failing).count();
    assertThat(tally.failed()).isEqualTo(failed);
    for (Classification c : classes.values()) {
      Configuration configuration = c.configuration();
      if (asked.contains(configuration) && failing.test(configuration)) {
        assertThat(c.status()).as("%s", c).isEqualTo(Status.FAILED);
        assertThat(c.impliedBy()).isNull();
        continue;
      }
      assertThat(c.status().overloaded()).as("%s", c).isEqualTo(overloaded(configuration));
      if (c.impliedBy() != null) {
        assertThat(failing.test(c.impliedBy()) && asked.contains(c.impliedBy()))
            .as("%s implied by a failed configuration", c)
            .isFalse();
      }
    }
    return tally;
  }

  @Test
  void aFailureOfAnyOneConfigurationMisclassifiesNoOther() {
    Plan plan = triples();
    List<Configuration> measured = new ArrayList<>();
    node(c -> false, measured).drive(new FrontierSearch(plan, FRONTIER, (o, c) -> {}));

    for (Configuration broken : measured) {
      SearchTally tally = checkFrontier(plan, broken::equals, 1);

      assertThat(tally.failed()).as("%s failed", broken).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0} in flight")
  @ValueSource(ints = {1, 2, 4, 8})
  void manyFailuresEndTheSearchWithEveryOtherConfigurationClassifiedAsTheNodeHasIt(int inFlight) {
    Plan plan = triples();
    Predicate<Configuration> failing = c -> Math.floorMod(c.id().hashCode(), 3) == 0;

    SearchTally tally = checkFrontier(plan, failing, inFlight);

    assertThat(tally.failed()).isPositive();
  }

  @Test
  void aFailedConfigurationIsMeasuredAgainNeitherOnItsLineNorAsAnInteriorSample() {
    Plan plan = plan(new int[] {0, 10, 20, 30, 40, 50, 60}, 3, "a", "b");
    SearchSettings sampling =
        new SearchSettings(Mode.FRONTIER, FRONTIER.iterations(), 0.1, true, 8);
    List<Configuration> asked = new ArrayList<>();
    Predicate<Configuration> failing = c -> c.pairs().size() == 2 && !overloaded(c);

    node(failing, asked).drive(new FrontierSearch(plan, sampling, (o, c) -> {}));

    assertThat(asked).doesNotHaveDuplicates().anyMatch(failing);
  }

  @Test
  void theGridTakesAFailureAsItAlwaysDidOutOfItsOverloadedSet() {
    Plan plan = triples();
    Predicate<Configuration> failing = c -> Math.floorMod(c.id().hashCode(), 3) == 0;
    List<Configuration> withFailures = new ArrayList<>();
    List<Configuration> asBefore = new ArrayList<>();
    List<Status> statuses = new ArrayList<>();

    SearchTally tally =
        node(failing, withFailures).drive(new GridSearch(plan, (o, c) -> statuses.add(c.status())));
    ((OutcomeSource)
            c -> {
              asBefore.add(c);
              return new Outcome(!failing.test(c) && overloaded(c), failing.test(c) ? 2 : 3);
            })
        .drive(new GridSearch(plan, ClassificationListener.NONE));

    assertThat(withFailures).isEqualTo(asBefore);
    assertThat(tally.failed()).isEqualTo(withFailures.stream().filter(failing).count());
    assertThat(statuses).filteredOn(s -> s == Status.FAILED).hasSize((int) tally.failed());
    assertThat(tally.inferredOk()).isZero();
  }
}
