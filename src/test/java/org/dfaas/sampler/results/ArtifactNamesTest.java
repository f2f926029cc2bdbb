package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArtifactNamesTest {

  @Test
  void namesThePerIterationArtifactsAsTheOldTool() {
    assertThat(ArtifactNames.summary("9119962e05b1", 2, 1))
        .isEqualTo(Path.of("summaries", "summary-9119962e05b1-iter2-rep1.json"));
    assertThat(ArtifactNames.metrics("9119962e05b1", 3, 4))
        .isEqualTo(Path.of("metrics", "metrics-9119962e05b1-iter3-rep4.csv"));
    assertThat(ArtifactNames.k6Script("9119962e05b1"))
        .isEqualTo(Path.of("k6_scripts", "config-9119962e05b1.js"));
  }

  @Test
  void namesTheCampaignFiles() {
    assertThat(ArtifactNames.RESULTS_CSV).isEqualTo("results.csv");
    assertThat(ArtifactNames.SKIPPED_CSV).isEqualTo("skipped.csv");
    assertThat(ArtifactNames.INDEX_CSV).isEqualTo("index.csv");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "../etc", "a/b", "a b"})
  void refusesAnIdThatIsNotAPlainName(String id) {
    assertThatThrownBy(() -> ArtifactNames.k6Script(id))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesIterationAndRepetitionBelowOne() {
    assertThatThrownBy(() -> ArtifactNames.summary("abc", 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArtifactNames.metrics("abc", 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
