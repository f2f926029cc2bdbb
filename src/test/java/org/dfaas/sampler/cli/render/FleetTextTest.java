package org.dfaas.sampler.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.runtime.CampaignResult;
import org.dfaas.sampler.runtime.FleetResult;
import org.dfaas.sampler.runtime.FleetTargetResult;
import org.dfaas.sampler.runtime.RecordedOutcomes;
import org.dfaas.sampler.runtime.ResolvedTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fleet's closing summaries: the command that resumes it, once, when a target stopped. */
class FleetTextTest {

  private static final String RESUME = "bin/dfaas-sampler run -c fleet.yaml";

  @TempDir Path dir;

  @Test
  void aFleetWithAStoppedTargetEndsWithTheCommandThatResumesItOnce() throws IOException {
    String text = written(targetResult("light", null), targetResult("heavy", "interrupted"));

    assertThat(text)
        .contains("next: bin/dfaas-sampler report light", "next: bin/dfaas-sampler report heavy")
        .endsWith("resume: " + RESUME + System.lineSeparator());
    assertThat(text.split("resume: ", -1)).hasSize(2);
  }

  @Test
  void aFleetThatFinishedHasNoResumeLine() throws IOException {
    assertThat(written(targetResult("light", null), targetResult("heavy", null)))
        .doesNotContain("resume:");
  }

  private String written(FleetTargetResult... targets) {
    StringWriter out = new StringWriter();
    new FleetText(dir, "bin/dfaas-sampler", RESUME)
        .write(new FleetResult(List.of(targets)), new PrintWriter(out));
    return out.toString();
  }

  private FleetTargetResult targetResult(String name, String stopReason) throws IOException {
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, "functions: [{name: figlet}]\n");
    SamplerConfig config = new ConfigLoader().load(file, List.of()).config();
    Path folder = dir.resolve(name);
    CampaignOutcome outcome =
        new CampaignOutcome(
            2,
            1,
            0,
            0,
            0,
            0,
            Duration.ZERO,
            folder,
            stopReason,
            130,
            stopReason != null,
            false,
            0,
            null,
            null);
    return new FleetTargetResult(
        new ResolvedTarget(name, null, config, false),
        folder,
        new CampaignResult(
            new RunIdentity("run-1", name, 1, 1),
            folder.resolve("campaign.log"),
            outcome,
            new RecordedOutcomes(List.of(), 0),
            1,
            Map.of(),
            List.of()),
        null);
  }
}
