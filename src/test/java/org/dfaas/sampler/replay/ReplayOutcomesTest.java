package org.dfaas.sampler.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.search.ClassificationListener;
import org.dfaas.sampler.search.SearchTally;
import org.dfaas.sampler.search.Searches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays of whole grid campaigns recorded on synthetic nodes of different shapes. */
class ReplayOutcomesTest {

  private static final List<String> FUNCTIONS = SyntheticRecordings.FUNCTIONS;

  @TempDir Path dir;

  /** The recordings, made once per node: several seconds each on a loaded machine. */
  @TempDir static Path recordings;

  private static final Map<SyntheticNode, long[]> ROWS = new java.util.HashMap<>();

  private static Path recording(SyntheticNode node, long[] rows) {
    Path file = recordings.resolve("results-" + node.seed() + ".csv");
    long[] written =
        ROWS.computeIfAbsent(node, n -> new long[] {n.recordGridCampaign(FUNCTIONS, 3, file)});
    rows[0] = written[0];
    return file;
  }

  static Stream<SyntheticNode> nodes() {
    return SyntheticRecordings.NODES.stream();
  }

  private static Map<String, Double> weights(double figlet, double nmap, double shasum) {
    return SyntheticRecordings.weights(figlet, nmap, shasum);
  }

  private SamplerConfig config(String search) {
    String yaml = SyntheticRecordings.CONFIG + "search: " + search + "\n";
    return new ConfigLoader(dir, () -> 1L).load("replay.yaml", yaml, List.of()).config();
  }

  private SearchTally replay(Path recording, SamplerConfig config, double[] agreement) {
    ReplayOutcomes outcomes = new ReplayOutcomes(recording, config, ClassificationListener.NONE);
    SearchTally tally = outcomes.drive(Searches.create(Plan.of(config), config.search(), outcomes));
    agreement[0] = outcomes.agreement();
    return tally;
  }

  @ParameterizedTest
  @MethodSource("nodes")
  void theFrontierWithAdaptiveIterationsAgreesOnAlmostEverythingFromAFifthOfTheRuns(
      SyntheticNode node) {
    Path recording = dir.resolve("results.csv");
    long rows = node.recordGridCampaign(FUNCTIONS, 3, recording);
    double[] agreement = new double[1];

    SearchTally tally =
        replay(recording, config("{mode: frontier, iterations: adaptive}"), agreement);

    assertThat(agreement[0]).isGreaterThanOrEqualTo(0.99);
    assertThat(tally.k6Runs()).isLessThanOrEqualTo(rows / 5);
    assertThat(tally.classified()).isEqualTo(10_647);
  }

  @ParameterizedTest
  @MethodSource("nodes")
  void theGridReplaysItsOwnRecordingExactly(SyntheticNode node) {
    long[] rows = new long[1];
    Path recording = recording(node, rows);
    double[] agreement = new double[1];

    SearchTally tally = replay(recording, config("{mode: grid}"), agreement);

    assertThat(agreement[0]).isEqualTo(1.0);
    assertThat(tally.k6Runs()).isEqualTo(rows[0]);
    assertThat(tally.inferredOk()).isZero();
  }

  @Test
  void refusesARecordingOfOtherFunctions() throws IOException {
    Path recording = dir.resolve("results.csv");
    new SyntheticNode(Map.of("a", 1.0, "b", 1.0), 100, 0, 0.01, 1)
        .recordGridCampaign(List.of("a", "b"), 1, recording);

    assertThatThrownBy(
            () ->
                new ReplayOutcomes(
                    recording, config("{mode: frontier}"), ClassificationListener.NONE))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining("its functions [a, b] are not the config's [shasum, figlet, nmap]");
  }

  @Test
  void namesHowManyConfigurationsTheRecordingLacksAndTheFirstOnes() throws IOException {
    Path full = dir.resolve("full.csv");
    new SyntheticNode(weights(1, 1, 1), 150, 0, 0.01, 1).recordGridCampaign(FUNCTIONS, 1, full);
    Path partial = dir.resolve("results.csv");
    List<String> lines = Files.readAllLines(full);
    Files.write(partial, lines.subList(0, 40));
    SamplerConfig config = config("{mode: frontier}");

    assertThatThrownBy(() -> replay(partial, config, new double[1]))
        .isInstanceOfSatisfying(SamplerException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageMatching(
            "(?s).*results.csv does not settle \\d+ configuration\\(s\\) the search asked for:"
                + " .* e\\.g\\. \\{.*");
  }
}
