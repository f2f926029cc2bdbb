package org.dfaas.sampler.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.cli.render.CampaignText;
import org.dfaas.sampler.cli.render.FleetText;
import org.dfaas.sampler.config.LoadedConfig;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.plan.PlanEstimate;
import org.dfaas.sampler.runtime.CampaignRequest;
import org.dfaas.sampler.runtime.CampaignResult;
import org.dfaas.sampler.runtime.CampaignTarget;
import org.dfaas.sampler.runtime.FleetResult;
import org.dfaas.sampler.runtime.SamplerEnvironment;
import org.dfaas.sampler.runtime.SamplerRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code run}: the campaign, resumed by itself from the output folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the campaign, or resume it from what the output folder holds (an old tool's folder"
          + " included).",
      "A progress bar on a terminal (with targets, a status line per target under it), plain log"
          + " lines otherwise; everything is also logged to campaign.log in the output folder."
          + " Ctrl-C stops it resumably (exit 130).",
      "With targets_mode: fleet, one campaign per target at once, each into {output_dir}/{name}/;"
          + " the exit code is the worst of the targets'."
    })
final class RunCommand implements Callable<Integer> {

  private final SamplerEnvironment environment;

  @Spec CommandSpec spec;

  @Mixin ConfigOptions config;

  @Mixin OutputOption output;

  @Option(
      names = "--max-configs",
      paramLabel = "N",
      description = "Stop after running N configurations (skipped ones do not count).")
  Long maxConfigs;

  @Option(
      names = "--force",
      description =
          "Resume even when the output folder's campaign.yaml differs in keys that change the"
              + " data (functions, rates, duration, iterations, thresholds, queries, search);"
              + " logged in campaign.log.")
  boolean force;

  RunCommand(SamplerEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (maxConfigs != null && maxConfigs < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-configs must be ≥ 1, got " + maxConfigs);
    }
    // Its warnings go to the campaign's log (and so to stderr) and into the closing summary.
    LoadedConfig loaded = config.loadQuietly(environment);
    SamplerConfig configured = loaded.config();
    Path folder = output.folder(environment, configured);
    StopSignals.Installed signals = StopSignals.install(environment.err());
    try (SamplerRuntime runtime = SamplerRuntime.open(configured, environment);
        ProgressBarListener bar =
            environment
                .terminal()
                .map(terminal -> progressBar(terminal, runtime, folder))
                .orElse(null)) {
      CampaignRequest request =
          new CampaignRequest(
              folder,
              maxConfigs == null ? Long.MAX_VALUE : maxConfigs,
              bar == null ? CampaignListener.NONE : bar,
              force,
              loaded.warnings());
      if (configured.targets().fleet()) {
        FleetResult result = runtime.fleet(request);
        closeBar(bar);
        new FleetText(environment.workDir()).write(result, environment.out());
        environment.out().flush();
        return result.exitCode();
      }
      CampaignResult result = runtime.campaign(request);
      closeBar(bar);
      new CampaignText(environment.workDir()).write(result, environment.out());
      environment.out().flush();
      CampaignOutcome outcome = result.outcome();
      if (outcome.interrupted()) {
        return ExitCode.INTERRUPTED;
      }
      return outcome.complete() ? ExitCode.OK : ExitCode.RUNTIME_FAILURE;
    } finally {
      signals.close();
    }
  }

  /**
   * One bar over what will run; with targets, a status line for each. A fleet's bar counts every
   * target's folder (they run at once); a pool shares one folder.
   */
  private ProgressBarListener progressBar(
      PrintStream terminal, SamplerRuntime runtime, Path folder) {
    SamplerConfig config = runtime.config();
    List<String> names =
        config.targets().isEmpty()
            ? List.of()
            : runtime.targets().stream().map(CampaignTarget::name).toList();
    long toRun = 0;
    long dominated = 0;
    if (config.targets().fleet()) {
      for (CampaignTarget target : runtime.targets()) {
        try (SamplerRuntime one = SamplerRuntime.open(target, environment)) {
          PlanEstimate estimate =
              one.walkPlan(
                      folder.resolve(target.name()), OptionalLong.empty(), EstimateListener.NONE)
                  .estimate();
          toRun += estimate.toRun();
          dominated += estimate.dominated();
        }
      }
    } else {
      PlanEstimate estimate =
          runtime.walkPlan(folder, OptionalLong.empty(), EstimateListener.NONE).estimate();
      toRun = estimate.toRun();
      dominated = estimate.dominated();
    }
    return new ProgressBarListener(terminal, toRun, dominated, config.iterations(), names);
  }

  /** The bar's last frame stays above the closing summary. */
  private static void closeBar(ProgressBarListener bar) {
    if (bar != null) {
      bar.close();
    }
  }
}
