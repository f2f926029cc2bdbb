package org.dfaas.sampler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeFormatTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0 m 00 s",
    "40, 0 m 40 s",
    "65, 1 m 05 s",
    "3600, 1 h 00 m 00 s",
    "10049, 2 h 47 m 29 s",
    "86400, 1 d 0 h 00 m",
    "183845, 2 d 3 h 04 m",
    "-5, 0 m 00 s"
  })
  void writesDurationsInOneFormat(long seconds, String text) {
    assertThat(TimeFormat.duration(seconds)).isEqualTo(text);
    assertThat(TimeFormat.duration(Duration.ofSeconds(seconds).plusMillis(999)))
        .isEqualTo(seconds < 0 ? "0 m 00 s" : text);
  }

  @Test
  void writesAndReadsMomentsAsTheCampaignLogStampsThem() {
    LocalDateTime moment = LocalDateTime.of(2026, 11, 30, 9, 5, 1, 250_000_000);

    assertThat(TimeFormat.timestamp(moment)).isEqualTo("2026-11-30 09:05:01.250");
    assertThat(TimeFormat.parseTimestamp("2026-11-30 09:05:01.250")).isEqualTo(moment);
  }
}
