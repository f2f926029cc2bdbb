package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.campaign.PlanPosition;
import org.dfaas.sampler.campaign.TargetStatusListener;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;

class ProgressBarListenerTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
  private static final Configuration FIGLET = Configuration.of(new RatePair("figlet", 10));
  private static final Configuration ENV = Configuration.of(new RatePair("env", 20));

  private final AnsiScreen screen = new AnsiScreen();

  private ProgressBarListener listener(List<String> targets) {
    return new ProgressBarListener(
        new StatusBoard(screen.stream(), () -> 200, targets),
        new ProgressTally(4, 0, 2, CLOCK),
        !targets.isEmpty());
  }

  @Test
  void aPoolHasOneBarAndAStatusLinePerTargetUnderIt() {
    ProgressBarListener pool = listener(List.of("node-1", "node-2", "node-3"));
    pool.campaignStarted(4, 2);
    // As a pool's workers and its coordinator tell them.
    new TargetStatusListener("node-1", pool).iterationStarted(new PlanPosition(1, 4, 2), FIGLET, 2);
    pool.iterationStarted(new PlanPosition(1, 4, 2), FIGLET, 2);
    pool.targetChanged("node-2", "failed, retrying in 5 s: gateway down");
    pool.targetChanged("node-3", "idle");
    pool.configurationFinished(new PlanPosition(2, 4, 2), ENV, false);

    pool.close();

    List<String> lines = screen.lines();
    assertThat(lines.subList(lines.size() - 5, lines.size()))
        .satisfiesExactly(
            bar ->
                assertThat(bar)
                    .startsWith("to run  25% [")
                    .contains("1/4", "eta ", "overloaded 0")
                    .doesNotContain("figlet"),
            node1 -> assertThat(node1).isEqualTo("  node-1  0 done | iteration 2/2 of figlet=10"),
            node2 -> assertThat(node2).isEqualTo("  node-2  failed, retrying in 5 s: gateway down"),
            node3 -> assertThat(node3).isEqualTo("  node-3  idle"),
            end -> assertThat(end).isEmpty());
  }

  @Test
  void aSingleTargetsBarNamesWhatRunsOnItsOwnLine() {
    ProgressBarListener single = listener(List.of());
    single.campaignStarted(4, 2);
    single.iterationStarted(new PlanPosition(1, 4, 2), FIGLET, 1);

    single.close();

    List<String> lines = screen.lines();
    assertThat(lines.get(lines.size() - 2))
        .startsWith("to run   0% [")
        .endsWith("| overloaded 0 | iter 1/2 figlet=10");
    assertThat(lines.get(lines.size() - 1)).isEmpty();
  }

  @Test
  void aBarStoppedByCtrlCSaysInterruptedNotFinished() {
    ProgressBarListener single = listener(List.of());
    single.campaignStarted(4, 2);
    single.iterationStarted(new PlanPosition(1, 4, 2), FIGLET, 1);
    single.campaignFinished(
        new CampaignOutcome(
            4,
            0,
            0,
            0,
            0,
            0,
            Duration.ZERO,
            Path.of("out"),
            "interrupted; the output folder is resumable",
            130,
            true,
            false,
            0,
            null,
            null));

    single.close();

    List<String> lines = screen.lines();
    assertThat(lines.get(lines.size() - 2)).endsWith("| interrupted").doesNotContain("finished");
  }

  @Test
  void aNarrowTerminalsBarKeepsWhatRunsNowWhole() {
    ProgressBarListener single =
        new ProgressBarListener(
            new StatusBoard(screen.stream(), () -> 79, List.of()),
            new ProgressTally(4, 0, 2, CLOCK),
            false);
    single.campaignStarted(4, 2);
    single.iterationStarted(new PlanPosition(1, 4, 2), FIGLET, 1);

    single.close();

    List<String> lines = screen.lines();
    assertThat(lines.get(lines.size() - 2))
        .hasSizeLessThanOrEqualTo(79)
        .startsWith("to run   0% [")
        .contains("eta n/a")
        .endsWith("| iter 1/2 figlet=10");
  }

  @Test
  void aFleetsTargetsShareOneBarThatStaysUntilClosed() {
    ProgressBarListener fleet = listener(List.of("light", "heavy"));
    TargetStatusListener light = new TargetStatusListener("light", fleet);
    TargetStatusListener heavy = new TargetStatusListener("heavy", fleet);
    fleet.campaignStarted(2, 2);
    light.campaignStarted(2, 2);
    fleet.campaignStarted(2, 2);
    heavy.campaignStarted(2, 2);
    fleet.configurationFinished(new PlanPosition(1, 2, 2), FIGLET, true);
    light.configurationFinished(new PlanPosition(1, 2, 2), FIGLET, true);
    fleet.campaignFinished(null);
    light.campaignFinished(
        new CampaignOutcome(
            2, 1, 1, 0, 0, 1, Duration.ZERO, Path.of("out"), null, 1, false, false, 0, null, null));
    fleet.configurationFinished(new PlanPosition(1, 2, 2), ENV, false);

    fleet.close();

    List<String> lines = screen.lines();
    assertThat(lines.subList(lines.size() - 4, lines.size()))
        .satisfiesExactly(
            bar -> assertThat(bar).startsWith("to run  50% [").contains("2/4", "overloaded 1"),
            l -> assertThat(l).isEqualTo("  light  1 done | finished"),
            h -> assertThat(h).isEqualTo("  heavy  started"),
            end -> assertThat(end).isEmpty());
  }
}
