package org.dfaas.sampler.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeListenerTest {

  private static CampaignListener recording(String name, List<String> heard) {
    return new CampaignListener() {
      @Override
      public void campaignStarted(long configurations, int iterations) {
        heard.add(name + " started " + configurations + "x" + iterations);
      }

      @Override
      public void targetChanged(String target, String status) {
        heard.add(name + " " + target + ": " + status);
      }
    };
  }

  @Test
  void everyEventReachesEveryListenerInOrder() {
    List<String> heard = new ArrayList<>();
    CampaignListener all =
        CampaignListener.all(List.of(recording("a", heard), recording("b", heard)));

    all.campaignStarted(24, 3);
    all.targetChanged("node-1", "idle");
    all.campaignFinished(null);

    assertThat(heard)
        .containsExactly("a started 24x3", "b started 24x3", "a node-1: idle", "b node-1: idle");
    assertThat(all).isEqualTo(all).isNotEqualTo(CampaignListener.NONE);
    assertThat(all.hashCode()).isEqualTo(System.identityHashCode(all));
  }

  @Test
  void whatAListenerThrowsIsThrownAsItIsAndTheLaterOnesDoNotGetTheEvent() {
    List<String> heard = new ArrayList<>();
    CampaignListener failing =
        new CampaignListener() {
          @Override
          public void targetChanged(String target, String status) {
            throw new IllegalStateException("full disk");
          }
        };
    CampaignListener all = CampaignListener.all(List.of(failing, recording("b", heard)));

    assertThatThrownBy(() -> all.targetChanged("node-1", "idle"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("full disk");
    assertThat(heard).isEmpty();
  }
}
