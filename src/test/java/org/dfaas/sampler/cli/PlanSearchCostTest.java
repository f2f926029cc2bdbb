package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frontier search never measures more configurations than the grid, whatever the node: one that
 * overloads at its lowest rate, one in the middle, one that never overloads.
 */
class PlanSearchCostTest {

  @TempDir Path dir;

  private JsonNode plan(String config, String capacity, String search) throws IOException {
    CliRun run =
        CliRun.of(
            dir,
            "plan",
            "-c",
            Path.of(config).toAbsolutePath().toString(),
            "--assume-capacity",
            capacity,
            "--search",
            search,
            "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @ParameterizedTest
  @CsvSource({
    "examples/quickstart-frontier.yaml, 0",
    "examples/quickstart-frontier.yaml, 20",
    "examples/quickstart-frontier.yaml, 150",
    "examples/quickstart-frontier.yaml, 1000",
    "bench/plan-14-functions.yaml, 20",
    "bench/plan-14-functions.yaml, 150",
    "bench/plan-14-functions.yaml, 1000"
  })
  void theFrontierMeasuresNoMoreThanTheGrid(String config, String capacity) throws IOException {
    long grid = plan(config, capacity, "grid").get("measured").asLong();
    long frontier = plan(config, capacity, "frontier").get("measured").asLong();

    assertThat(frontier).isLessThanOrEqualTo(grid);
    if (config.startsWith("bench") && capacity.equals("150")) {
      assertThat(grid).isEqualTo(14_161);
      assertThat(frontier).as("a fifth of the grid at most").isLessThanOrEqualTo(14_161 / 5);
    }
  }
}
