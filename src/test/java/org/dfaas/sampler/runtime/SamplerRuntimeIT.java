package org.dfaas.sampler.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.ConfigOverride;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dfaas-sampler used as a library, without the command line: the quickstart config against the
 * sandbox platform, the built-in load generator and the local metrics source.
 */
class SamplerRuntimeIT {

  @TempDir Path work;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private SamplerEnvironment environment() {
    return new SamplerEnvironment(
        new PrintWriter(out, true), new PrintWriter(err, true), Map.of("LB_RUN_HOST", "lib"), work);
  }

  private static SamplerConfig quickstart() {
    return new ConfigLoader()
        .load(
            Path.of("examples/quickstart.yaml").toAbsolutePath(),
            List.of(ConfigOverride.parse("duration=1s"), ConfigOverride.parse("run_id=lib-run")))
        .config();
  }

  @Test
  void runsOneConfigurationOnceThenPartOfTheCampaignThenWalksWhatIsLeft() throws Exception {
    SamplerConfig config = quickstart();
    try (SamplerRuntime runtime = SamplerRuntime.open(config, environment())) {
      OnceResult once = runtime.once(Plan.of(config).iterator().next());
      assertThat(once.functions().values())
          .anySatisfy(function -> assertThat(function.requestCount()).isPositive());

      CampaignResult campaign =
          runtime.campaign(new CampaignRequest(Path.of("out"), 2, CampaignListener.NONE));
      assertThat(campaign.identity().runId()).isEqualTo("lib-run");
      assertThat(campaign.identity().targetName()).isEqualTo("lib");
      assertThat(campaign.outcome().ran()).isEqualTo(2);
      assertThat(campaign.outcome().stopReason()).isEqualTo("--max-configs 2 reached");
      assertThat(work.resolve("out/results.csv")).exists();
      assertThat(Files.readString(campaign.logFile())).contains("campaign lib-run on target lib");

      PlanWalk walk = runtime.walkPlan(Path.of("out"), OptionalLong.empty(), EstimateListener.NONE);
      assertThat(walk.estimate().done()).isEqualTo(2);
      // An overload recorded by those two runs dominates more of the plan: what is left is the
      // rest of it less what those overloads dominate.
      assertThat(walk.estimate().toRun())
          .isEqualTo(walk.estimate().configurations() - 2 - walk.estimate().dominated());
    }
    assertThat(out.toString()).as("a library prints no result of its own").isEmpty();
  }
}
