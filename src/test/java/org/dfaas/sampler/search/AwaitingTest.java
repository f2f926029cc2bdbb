package org.dfaas.sampler.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;

class AwaitingTest {

  private static final Configuration A10 = Configuration.of(new RatePair("a", 10));
  private static final Configuration A20 = Configuration.of(new RatePair("a", 20));

  private final Awaiting<Long> awaiting = new Awaiting<>();

  @Test
  void anArrivedOutcomeHandsBackWhatWasKeptAndAwaitsNoMore() {
    awaiting.add(A10, 7L);
    awaiting.add(A20, 8L);

    assertThat(awaiting.arrived(A10)).isEqualTo(7L);
    assertThat(awaiting.configurations()).containsExactly(A20);
    assertThat(awaiting.arrived(A20)).isEqualTo(8L);
    assertThat(awaiting.isEmpty()).isTrue();
  }

  @Test
  void listsTheConfigurationsInTheOrderTheyWereProposed() {
    awaiting.add(A20, 1L);
    awaiting.add(A10, 2L);

    assertThat(awaiting.configurations()).containsExactly(A20, A10);
  }

  @Test
  void refusesAnOutcomeOfAConfigurationNotAwaitingOneNamingThoseThatAre() {
    awaiting.add(A20, 1L);

    assertThatThrownBy(() -> awaiting.arrived(A10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a=10 is not awaiting an outcome (awaiting: [a=20])");
  }

  @Test
  void anOutcomeArrivesOnce() {
    awaiting.add(A10, 1L);
    awaiting.arrived(A10);

    assertThatThrownBy(() -> awaiting.arrived(A10)).isInstanceOf(IllegalArgumentException.class);
  }
}
