package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressLineTest {

  /** As the listener writes them: the counts, then what runs now. */
  private static final String FIELDS =
      "eta 2 m 00 s | dominated 3 | done before 0 | failed 0 | overloaded 1"
          + " | iter 2/3 figlet=120, qrcode-go=40, shasum=200";

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
  void atEightyColumnsKeepsTheEtaAndWhatRunsNowAndDropsTheCountsStillAtZero() {
    String line = ProgressLine.line("to run", 9, 20, Duration.ofSeconds(65), FIELDS, 79);

    assertThat(line)
        .hasSizeLessThanOrEqualTo(79)
        .startsWith("to run  45% [")
        .contains("9/20 | eta 2 m 00 s | iter 2/3 figlet=120, qrcode-go=40")
        .doesNotContain("done before 0", "failed 0");
  }

  @ParameterizedTest
  @ValueSource(ints = {79, 70, 60, 50, 40, 30})
  void fitsTheWidthWithoutCuttingAWordOfTheCountsAndEndsWhatIsShortenedWithAnEllipsis(int width) {
    String line = ProgressLine.line("to run", 9, 20, Duration.ofSeconds(65), FIELDS, width);

    assertThat(line).hasSizeLessThanOrEqualTo(width).startsWith("to run  45% [");
    // Every field shown is whole, but for the last one, which ends with … when shortened.
    String[] parts = line.split(" \\| ");
    for (int i = 1; i < parts.length - 1; i++) {
      assertThat(FIELDS + " | elapsed 1 m 05 s").contains(parts[i]);
    }
    String last = parts[parts.length - 1];
    assertThat(FIELDS.endsWith(last) || last.endsWith("…")).as(line).isTrue();
    if (width >= 60) {
      assertThat(line).contains("eta 2 m 00 s", "iter 2/3 figlet=1");
    }
  }

  @Test
  void aWideLineIsLeftWhole() {
    assertThat(ProgressLine.line("to run", 9, 20, Duration.ofSeconds(65), FIELDS, 200))
        .isEqualTo("to run  45% [█████       ] 9/20 | elapsed 1 m 05 s | " + FIELDS);
  }

  @Test
  void isCutToTheWidthItIsGiven() {
    assertThat(ProgressLine.line("to run", 0, 0, Duration.ZERO, "x".repeat(300), 160))
        .hasSize(160)
        .startsWith("to run   0% [    ] 0/0 | xxx")
        .endsWith("x…");
  }
}
