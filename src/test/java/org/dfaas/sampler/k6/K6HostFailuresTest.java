package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K6HostFailuresTest {

  private final K6HostFailures failures = new K6HostFailures("10.0.0.5:22");

  @Test
  void aFailedRunNamesTheHostAndLetsTheCampaignGoOn() {
    IllegalStateException cause = new IllegalStateException("boom");

    K6ExecutionException failed = failures.failed("cafe00000001", 107, "tail", "k6 failed", cause);

    assertThat(failed)
        .isNotInstanceOf(K6HostUnavailableException.class)
        .hasMessageStartingWith("k6 run of config cafe00000001 on 10.0.0.5:22 failed: k6 failed")
        .hasCause(cause);
    assertThat(failed.host()).isEqualTo("10.0.0.5:22");
    assertThat(failed.k6ExitCode()).hasValue(107);
    assertThat(failed.outputTail()).isEqualTo("tail");
    assertThat(failed.stopsCampaign()).isFalse();
  }

  @Test
  void aFailedRunWithoutCauseHasNone() {
    assertThat(failures.failed("cafe00000001", null, "", "k6 failed").getCause()).isNull();
  }

  @Test
  void anUnavailableHostStopsTheCampaign() {
    K6HostUnavailableException unavailable =
        failures.unavailable("cafe00000001", null, "", "no route to host", null);

    assertThat(unavailable.host()).isEqualTo("10.0.0.5:22");
    assertThat(unavailable.k6ExitCode()).isEmpty();
    assertThat(unavailable.stopsCampaign()).isTrue();
  }
}
