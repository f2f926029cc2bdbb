package org.dfaas.sampler.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fleet's targets run at once; an interrupt stops every one of them, resumably. */
class FleetCampaignTest {

  @TempDir Path dir;

  private SamplerRuntime runtime(String targets) {
    SamplerConfig config =
        new ConfigLoader(dir, () -> 1L)
            .load(
                "fleet.yaml",
                """
                load_generator: builtin
                platform: sandbox
                metrics_source: sandbox
                functions: [{name: figlet}]
                rate_strategy: {type: custom, rates: [5, 6, 7, 8, 9]}
                duration: 20s
                iterations: 1
                warmup: {duration: 0s}
                cooldown: {max_wait_seconds: 5, sleep_step_seconds: 1, idle_threshold_pct: 100}
                targets_mode: fleet
                """
                    + targets,
                List.of())
            .config();
    return SamplerRuntime.open(
        config,
        new SamplerEnvironment(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Map.of(),
            dir));
  }

  @Test
  void anInterruptStopsEveryTargetsLoadAndLeavesEachFolderResumable() throws Exception {
    AtomicReference<FleetResult> result = new AtomicReference<>();
    Instant start = Instant.now();
    try (SamplerRuntime runtime = runtime("targets: [{name: a}, {name: b}]\n")) {
      Thread caller =
          new Thread(
              () -> result.set((FleetResult) runtime.run(CampaignRequest.into(Path.of("out")))));
      caller.start();
      // Both campaigns are under way once both logs tell their first configuration.
      while (!started("a") || !started("b")) {
        Thread.sleep(100);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
      }
      caller.interrupt();
      caller.join(Duration.ofSeconds(30).toMillis());
      assertThat(caller.isAlive()).isFalse();
    }

    // Well before one 20 s run of each of the five configurations could have ended.
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(60));
    assertThat(result.get().exitCode()).isEqualTo(ExitCode.INTERRUPTED);
    assertThat(result.get().targets()).extracting(t -> t.target().name()).containsExactly("a", "b");
    assertThat(result.get().targets())
        .allSatisfy(
            target -> {
              assertThat(target.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
              assertThat(target.result().outcome().ran()).isLessThan(5);
              assertThat(target.folder().resolve("campaign.yaml")).exists();
            });
  }

  @Test
  void theExitCodeIsTheWorstOfTheTargets() {
    ResolvedTarget a;
    try (SamplerRuntime runtime = runtime("targets: [{name: a}]\n")) {
      a = runtime.targets().get(0);
    }
    FleetTargetResult refused =
        new FleetTargetResult(
            a, dir, null, new SamplerException("refused", ExitCode.BAD_INPUT, null, null));
    FleetTargetResult bug = new FleetTargetResult(a, dir, null, new IllegalStateException("bug"));

    assertThat(new FleetResult(List.of(bug)).exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE);
    assertThat(new FleetResult(List.of(bug, refused)).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(new FleetResult(List.of()).exitCode()).isEqualTo(ExitCode.OK);
  }

  private boolean started(String target) throws Exception {
    Path log = dir.resolve("out").resolve(target).resolve("campaign.log");
    return Files.exists(log) && Files.readString(log).contains("DFaaS config");
  }
}
