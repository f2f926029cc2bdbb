package org.dfaas.sampler.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.config.SearchSettings.IterationMode;
import org.junit.jupiter.api.Test;

class IterationPolicyTest {

  private static IterationPolicy policy(IterationMode mode) {
    return IterationPolicy.of(SearchSettings.DEFAULTS.withIterations(mode), 3);
  }

  @Test
  void fixedRunsEveryIterationWhateverTheFirstGave() {
    IterationPolicy fixed = policy(IterationMode.FIXED);

    assertThat(fixed.wantsAnother(0, false)).isTrue();
    assertThat(fixed.wantsAnother(1, false)).isTrue();
    assertThat(fixed.wantsAnother(2, false)).isTrue();
    assertThat(fixed.wantsAnother(3, true)).isFalse();
  }

  @Test
  void adaptiveRunsTheOthersOnlyWhenTheFirstWasNearAThreshold() {
    IterationPolicy adaptive = policy(IterationMode.ADAPTIVE);

    assertThat(adaptive.wantsAnother(0, false)).isTrue();
    assertThat(adaptive.wantsAnother(1, false)).isFalse();
    assertThat(adaptive.wantsAnother(1, true)).isTrue();
    assertThat(adaptive.wantsAnother(2, true)).isTrue();
    assertThat(adaptive.wantsAnother(3, true)).isFalse();
  }

  @Test
  void aDoneConfigurationIsToppedUpOnlyWhenTheIterationsWereRaisedSinceItRan() {
    IterationPolicy fixed = policy(IterationMode.FIXED);
    IterationPolicy adaptive = policy(IterationMode.ADAPTIVE);

    assertThat(fixed.topsUp(new IterationTally(1, 1))).isTrue();
    assertThat(fixed.topsUp(new IterationTally(3, 0))).isFalse();
    assertThat(fixed.topsUp(new IterationTally(4, 0))).as("lowered since: never fewer").isFalse();
    assertThat(fixed.topsUp(IterationTally.NONE)).as("an old index without rows").isFalse();
    assertThat(adaptive.topsUp(new IterationTally(1, 0))).as("a lone row was not near").isFalse();
    assertThat(adaptive.topsUp(new IterationTally(2, 1))).isTrue();
  }

  @Test
  void theMajorityOfTheIterationsRunDecides() {
    assertThat(IterationPolicy.outcome(1, 1)).isEqualTo(new Outcome(true, 1));
    assertThat(IterationPolicy.outcome(3, 1)).isEqualTo(new Outcome(false, 3));
    assertThat(IterationPolicy.outcome(3, 2)).isEqualTo(new Outcome(true, 3));
    assertThat(IterationPolicy.outcome(2, 1)).isEqualTo(new Outcome(false, 2));
  }
}
