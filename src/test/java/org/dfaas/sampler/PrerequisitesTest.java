package org.dfaas.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The {@link Requires} extension and {@link OptInBenchmark}, run on small test classes by the JUnit
 * engine itself: a missing tool aborts a test outside CI and fails it under CI, saying why.
 */
class PrerequisitesTest {

  private static final String WHY = Tool.NOWHERE.whyMissing();

  static class NeedsAMissingTool {
    @Test
    @Requires(Tool.NOWHERE)
    void needsIt() {}

    @Test
    void needsNothing() {}
  }

  @Requires(Tool.NOWHERE)
  static class WholeClassNeedsAMissingTool {
    @Test
    void needsIt() {}
  }

  static class NeedsNoMissingTool {
    @Test
    @Requires({})
    void runs() {}
  }

  static class Benchmarked {
    @Test
    @OptInBenchmark
    void measures() {}
  }

  private static EngineExecutionResults run(Class<?> tests, String parameter, String value) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(tests))
        .configurationParameter(parameter, value)
        .execute();
  }

  @Test
  void outsideCiAMissingToolAbortsTheTestSayingWhatIsMissingAndHowToGetIt() {
    EngineExecutionResults results =
        run(NeedsAMissingTool.class, Prerequisites.CI_PARAMETER, "false");

    results.testEvents().assertStatistics(stats -> stats.started(2).aborted(1).succeeded(1));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test("needsIt"), abortedWithReason(message(m -> m.contains(WHY)))));
  }

  @Test
  void underCiAMissingToolFailsTheTestSayingWhatIsMissing() {
    EngineExecutionResults results =
        run(NeedsAMissingTool.class, Prerequisites.CI_PARAMETER, "true");

    results.testEvents().assertStatistics(stats -> stats.started(2).failed(1).succeeded(1));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("needsIt"),
                finishedWithFailure(message(m -> m.contains(WHY) && m.contains("CI=true")))));
  }

  @Test
  void aToolNamedOnTheClassStopsTheClassBeforeAnyTest() {
    EngineExecutionResults outside =
        run(WholeClassNeedsAMissingTool.class, Prerequisites.CI_PARAMETER, "false");
    EngineExecutionResults underCi =
        run(WholeClassNeedsAMissingTool.class, Prerequisites.CI_PARAMETER, "true");

    outside.testEvents().assertStatistics(stats -> stats.started(0));
    outside
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(WholeClassNeedsAMissingTool.class),
                abortedWithReason(message(m -> m.contains(WHY)))));
    underCi.testEvents().assertStatistics(stats -> stats.started(0));
    underCi
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(WholeClassNeedsAMissingTool.class),
                finishedWithFailure(message(m -> m.contains(WHY)))));
  }

  @Test
  void aTestWhoseToolsAreAllHereRunsUnderCi() {
    run(NeedsNoMissingTool.class, Prerequisites.CI_PARAMETER, "true")
        .testEvents()
        .assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void aMissingToolAskedForInCodeNamesTheAnnotationTheTestLacks() {
    assertThatThrownBy(Tool.NOWHERE::path)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(WHY)
        .hasMessageContaining("@Requires(Tool.NOWHERE)");
  }

  @Test
  void anOptInBenchmarkIsSkippedSayingHowToRunItUnderCiToo() {
    for (String ci : new String[] {"true", "false"}) {
      EngineExecutionResults results = run(Benchmarked.class, Prerequisites.CI_PARAMETER, ci);

      results.testEvents().assertStatistics(stats -> stats.skipped(1).started(0));
      results
          .testEvents()
          .assertThatEvents()
          .haveExactly(
              1,
              event(
                  test("measures"),
                  skippedWithReason(reason -> reason.contains("-Dbenchmark=true"))));
    }
  }

  @Test
  void anOptInBenchmarkRunsWhenAskedFor() {
    run(Benchmarked.class, OptInBenchmarks.PROPERTY, "true")
        .testEvents()
        .assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void everyToolSaysHowToGetIt() {
    for (Tool tool : Tool.values()) {
      assertThat(tool.whyMissing()).contains(" is missing: ");
    }
  }
}
