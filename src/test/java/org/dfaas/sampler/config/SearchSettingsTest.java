package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.dfaas.sampler.config.SearchSettings.IterationMode;
import org.dfaas.sampler.config.SearchSettings.Mode;
import org.junit.jupiter.api.Test;

/** The search: block: today's campaign by default, every problem with its key path. */
class SearchSettingsTest {

  private final ConfigLoader loader = new ConfigLoader(Path.of("/home/tester"), () -> 1L);

  private SamplerConfig load(String yaml) {
    return loader.load("test.yaml", yaml, List.of()).config();
  }

  @Test
  void defaultsToTheGridWithFixedIterations() {
    SearchSettings search = load("duration: 30s").search();

    assertThat(search).isEqualTo(SearchSettings.DEFAULTS);
    assertThat(search.mode()).isEqualTo(Mode.GRID);
    assertThat(search.iterations()).isEqualTo(IterationMode.FIXED);
    assertThat(search.margin()).isEqualTo(0.1);
    assertThat(search.zeroRateEquivalent()).isTrue();
    assertThat(search.interiorSamples()).isZero();
  }

  @Test
  void readsEveryKey() {
    SearchSettings search =
        load("search: {mode: frontier, iterations: adaptive, margin: 0.25,"
                + " zero_rate_equivalent: false, interior_samples: 7}")
            .search();

    assertThat(search)
        .isEqualTo(new SearchSettings(Mode.FRONTIER, IterationMode.ADAPTIVE, 0.25, false, 7));
  }

  @Test
  void readsTheBlockFromTheLegacyLayoutAndFromOverrides() {
    SearchSettings search =
        loader
            .load(
                "legacy.yaml",
                "common: {search: {mode: frontier}}\nplugins: {dfaas: {duration: 5s}}",
                List.of(ConfigOverride.parse("search.iterations=adaptive")))
            .config()
            .search();

    assertThat(search.mode()).isEqualTo(Mode.FRONTIER);
    assertThat(search.iterations()).isEqualTo(IterationMode.ADAPTIVE);
  }

  @Test
  void listsEveryProblemWithItsKeyPath() {
    assertThatThrownBy(
            () ->
                load(
                    "search: {mode: Frontier, iterations: sometimes, margin: 1.5,"
                        + " zero_rate_equivalent: maybe, interior_samples: -1}"))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::path, ConfigProblem::message)
                    .contains(
                        tuple("search.mode", "must be one of grid, frontier, got \"Frontier\""),
                        tuple(
                            "search.iterations",
                            "must be one of fixed, adaptive, got \"sometimes\""),
                        tuple("search.margin", "must be within 0..1, got 1.5"),
                        tuple("search.interior_samples", "must be ≥ 0, got -1"))
                    .extracting(t -> t.toList().get(0))
                    .contains("search.zero_rate_equivalent"));
  }

  @Test
  void refusesABlockThatIsNotAMap() {
    assertThatThrownBy(() -> load("search: frontier"))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems()).extracting(ConfigProblem::path).containsExactly("search"));
  }

  @Test
  void validatePrintsTheBlockSoThatItLoadsAgain() {
    SamplerConfig config = load("search: {mode: frontier, interior_samples: 3}");

    String yaml = ConfigPrinter.toYaml("test.yaml", config);

    assertThat(yaml)
        .contains(
            "search:\n  mode: frontier\n  iterations: fixed\n  margin: 0.1\n"
                + "  zero_rate_equivalent: true\n  interior_samples: 3\n");
    assertThat(load(yaml).search()).isEqualTo(config.search());
  }
}
