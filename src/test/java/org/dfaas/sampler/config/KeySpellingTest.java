package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySpellingTest {

  private static final List<String> KNOWN =
      List.of("method", "duration", "replicas_overload_threshold", "step", "url");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "metod, method",
    "mehtod, method",
    "duraton, duration",
    "durations, duration",
    "replica_overload_threshold, replicas_overload_threshold",
    "replicas_overlaod_treshold, replicas_overload_threshold",
    "stpe, step"
  })
  void suggestsTheKnownKeyANearMissWasMeantFor(String typo, String meant) {
    assertThat(KeySpelling.nearest(typo, KNOWN)).contains(meant);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"seed", "uri", "timeout_buffer", "colour", "dur"})
  void suggestsNothingForKeysFarFromEveryKnownOneOrTooShortToTell(String unknown) {
    assertThat(KeySpelling.nearest(unknown, KNOWN)).isEmpty();
  }
}
