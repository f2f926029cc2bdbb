package org.dfaas.sampler.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.dfaas.sampler.campaign.HostName;
import org.dfaas.sampler.results.CampaignStatus;
import org.dfaas.sampler.results.LockOwner;
import org.junit.jupiter.api.Test;

class CampaignStateTest {

  private static final String HERE = HostName.get();

  @Test
  void aFolderWithNothingInItWaitsForACampaign() {
    assertThat(CampaignState.of(false, Optional.empty(), Optional.empty(), "").name())
        .isEqualTo("waiting");
  }

  @Test
  void aLockHeldByALiveProcessIsARunningCampaign() {
    LockOwner owner =
        new LockOwner("pid " + ProcessHandle.current().pid() + " on host " + HERE + " since x");

    CampaignState state = CampaignState.of(true, Optional.of(owner), Optional.empty(), "");

    assertThat(state.name()).isEqualTo("running");
    assertThat(state.why()).contains("pid " + ProcessHandle.current().pid());
  }

  @Test
  void aLockLeftByAProcessOfThisHostThatIsGoneIsAStoppedCampaign() {
    LockOwner owner = new LockOwner("pid 2147483646 on host " + HERE + " since x");

    assertThat(CampaignState.of(true, Optional.of(owner), Optional.empty(), "").name())
        .isEqualTo("stopped");
  }

  @Test
  void aLockOfAnotherHostIsTakenAtItsWord() {
    LockOwner owner = new LockOwner("pid 2147483646 on host elsewhere-" + HERE + " since x");

    assertThat(CampaignState.of(true, Optional.of(owner), Optional.empty(), "").name())
        .isEqualTo("running");
  }

  @Test
  void aReleasedLockIsFinishedOrStoppedAsTheStatusOrElseTheLogSays() {
    Optional<LockOwner> released = Optional.of(new LockOwner(""));
    CampaignStatus finished =
        new CampaignStatus("run-1", "t", 4, 1, "t", "finished", Map.of(), Map.of());

    assertThat(CampaignState.of(true, released, Optional.of(finished), "").name())
        .isEqualTo("finished");
    assertThat(
            CampaignState.of(true, released, Optional.empty(), "stopped: interrupted; resumable")
                .name())
        .isEqualTo("stopped");
    assertThat(CampaignState.of(true, released, Optional.empty(), "finished").name())
        .isEqualTo("finished");
    assertThat(CampaignState.of(true, released, Optional.empty(), "").why())
        .isEqualTo("no campaign holds the folder");
  }
}
