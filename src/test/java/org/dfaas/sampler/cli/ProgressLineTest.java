package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void labelsTheElapsedTimeInTheToolsTimeFormat() {
    String line =
        ProgressLine.line(
            "to run",
            9,
            20,
            Duration.ofSeconds(3_725),
            "iter 1/3 a=10 | eta 2 m 00 s | dominated 0",
            0);

    assertThat(line)
        .isEqualTo(
            "to run  45% [█████       ] 9/20 | elapsed 1 h 02 m 05 s"
                + " | iter 1/3 a=10 | eta 2 m 00 s | dominated 0");
  }

  @Test
  void isCutToTheWidthItIsGiven() {
    assertThat(ProgressLine.line("to run", 0, 0, Duration.ZERO, "x".repeat(300), 160))
        .hasSize(160)
        .startsWith("to run   0% [            ] 0/0 | elapsed 0 m 00 s | xxx");
  }
}
