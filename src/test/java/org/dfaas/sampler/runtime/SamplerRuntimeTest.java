package org.dfaas.sampler.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.PlanStatus;
import org.dfaas.sampler.search.SearchTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime's use cases that start no part, and its refusals before any part starts. */
class SamplerRuntimeTest {

  @TempDir Path dir;

  private SamplerConfig config(String yaml) throws Exception {
    Path file = dir.resolve("campaign.yaml");
    Files.writeString(file, yaml);
    return new ConfigLoader().load(file, List.of()).config();
  }

  private SamplerEnvironment environment(Map<String, String> env) {
    return new SamplerEnvironment(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), env, dir);
  }

  @Test
  void walksThePlanWithoutStartingAnyPart() throws Exception {
    // A k6 host nobody could reach: walking the plan must not try.
    SamplerConfig config =
        config(
            """
            k6_host: 192.0.2.1
            rate_strategy: {type: custom, rates: [10, 20, 30]}
            functions: [{name: a}, {name: b}]
            """);
    List<String> statuses = new ArrayList<>();
    try (SamplerRuntime runtime = SamplerRuntime.open(config, environment(Map.of()))) {
      PlanWalk walk =
          runtime.walkPlan(
              Path.of("out"),
              OptionalLong.of(15),
              (ordinal, set, rates, status, assumed) -> statuses.add(status.name()));

      assertThat(walk.index()).isEqualTo(dir.resolve("out/index.csv"));
      assertThat(walk.estimate().configurations()).isEqualTo(statuses.size());
      assertThat(statuses).contains(PlanStatus.DOMINATED.name(), PlanStatus.TO_RUN.name());
      assertThat(walk.worstCaseSeconds()).isPositive();
    }
  }

  @Test
  void runsTheSearchAgainstAnAssumedCapacityClassifyingEveryConfigurationOnce() throws Exception {
    SamplerConfig config =
        config(
            """
            k6_host: 192.0.2.1
            rate_strategy: {type: custom, rates: [0, 10, 20, 30, 40, 50, 60]}
            functions: [{name: a}, {name: b}]
            search: {mode: frontier}
            """);
    List<Long> classified = new ArrayList<>();
    try (SamplerRuntime runtime = SamplerRuntime.open(config, environment(Map.of()))) {
      SearchWalk walk =
          runtime.searchPlan(OptionalLong.of(25), null, 2, (ordinal, c) -> classified.add(ordinal));

      SearchTally tally = walk.tally();
      assertThat(walk.configurations()).isEqualTo(Plan.of(config).size());
      assertThat(classified).doesNotHaveDuplicates().hasSize((int) walk.configurations());
      assertThat(
              tally.measuredOverloaded()
                  + tally.measuredOk()
                  + tally.inferredOverloaded()
                  + tally.inferredOk())
          .isEqualTo(walk.configurations());
      assertThat(tally.inferredOverloaded() + tally.inferredOk())
          .as("the frontier infers")
          .isPositive();
      assertThat(walk.agreement()).as("no recording").isEmpty();
      assertThat(walk.wallRuns()).isLessThan(tally.k6Runs());
    }
  }

  @Test
  void refusesOnceUnderATargetNameThatWouldEscapeTheWorkspace() throws Exception {
    SamplerConfig config =
        config(
            """
            k6_executor: local
            k6_binary: /nonexistent/k6
            functions: [{name: a}]
            """);
    try (SamplerRuntime runtime =
        SamplerRuntime.open(config, environment(Map.of("LB_RUN_HOST", "../x")))) {
      assertThatThrownBy(() -> runtime.once(Plan.of(config).iterator().next()))
          .isInstanceOfSatisfying(
              SamplerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
          .hasMessageContaining("\"../x\"");
    }
  }
}
