package org.dfaas.sampler.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.junit.jupiter.api.Test;

class RunIdentityTest {

  private static final Instant START = Instant.ofEpochSecond(1_764_210_000L, 500_000_000);

  @Test
  void derivesTheRunIdFromTheStartAndTheTargetFromTheHostName() {
    RunIdentity identity = RunIdentity.resolve(null, Map.of(), START, () -> "node-7");

    assertThat(identity).isEqualTo(new RunIdentity("run-1764210000", "node-7", 1, 1));
  }

  @Test
  void takesTheConfiguredRunIdAndTheEnvironmentsHostAndRepetitions() {
    RunIdentity identity =
        RunIdentity.resolve(
            "nightly",
            Map.of("LB_RUN_HOST", "edge-1", "LB_RUN_REPETITION", "2", "LB_RUN_TOTAL_REPS", "5"),
            START,
            () -> {
              throw new AssertionError("the host name is not needed");
            });

    assertThat(identity).isEqualTo(new RunIdentity("nightly", "edge-1", 2, 5));
  }

  @Test
  void defaultsTheTotalRepetitionsToTheRepetition() {
    RunIdentity identity =
        RunIdentity.resolve(null, Map.of("LB_RUN_REPETITION", "3"), START, () -> "n");

    assertThat(identity.totalRepetitions()).isEqualTo(3);
  }

  @Test
  void refusesATargetNameThatCannotNameAFolder() {
    assertThatThrownBy(
            () -> RunIdentity.resolve(null, Map.of("LB_RUN_HOST", "../etc"), START, () -> "n"))
        .isInstanceOfSatisfying(
            SamplerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
        .hasMessageContaining("../etc");
  }

  @Test
  void refusesARepetitionThatIsNotAPositiveNumber() {
    assertThatThrownBy(
            () -> RunIdentity.resolve(null, Map.of("LB_RUN_REPETITION", "zero"), START, () -> "n"))
        .hasMessageContaining("LB_RUN_REPETITION must be a whole number ≥ 1, got \"zero\"");
  }
}
