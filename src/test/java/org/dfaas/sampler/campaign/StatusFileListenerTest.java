package org.dfaas.sampler.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.dfaas.sampler.FakeTime;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.results.CampaignStatus;
import org.dfaas.sampler.results.CampaignStatusFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusFileListenerTest {

  @TempDir Path dir;

  private final FakeTime clock = new FakeTime(Instant.parse("2026-01-01T10:00:00Z"));

  @Test
  void recordsEachTargetsPhaseAndTheSecondsEachPhaseTook() throws Exception {
    StatusFileListener listener = new StatusFileListener(dir, "run-1", clock);
    Configuration load = Configuration.of(new RatePair("a", 10), new RatePair("b", 20));

    listener.campaignStarted(12, 3);
    listener.phaseStarted("vm", Phase.COOLDOWN, load, 1);
    later(4);
    listener.phaseStarted("vm", Phase.LOAD, load, 1);
    later(30);
    listener.phaseStarted("vm", Phase.METRICS, load, 1);
    later(1);
    CampaignStatus during = CampaignStatusFile.read(dir).orElseThrow();
    listener.phaseStarted("vm", Phase.WAITING, null, 0);
    later(2);
    listener.campaignFinished(
        new CampaignOutcome(
            12, 1, 0, 0, 0, 0, Duration.ofSeconds(37), dir, null, 0, false, false, 0, null, null));
    CampaignStatus after = CampaignStatusFile.read(dir).orElseThrow();

    assertThat(during.runId()).isEqualTo("run-1");
    assertThat(during.plannedConfigurations()).isEqualTo(12);
    assertThat(during.ended()).isEmpty();
    CampaignStatus.TargetStatus vm = during.targets().get("vm");
    assertThat(vm.phase()).isEqualTo("metrics");
    assertThat(vm.configuration()).isEqualTo("a=10, b=20");
    assertThat(vm.iteration()).isEqualTo(1);
    assertThat(after.ended()).isEqualTo("finished");
    assertThat(after.phaseSeconds())
        .containsEntry("cooldown", 4.0)
        .containsEntry("load", 30.0)
        .containsEntry("metrics", 1.0)
        .containsEntry("waiting", 2.0);
  }

  private void later(long seconds) {
    clock.sleep(Duration.ofSeconds(seconds));
  }
}
