package org.dfaas.sampler.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.cli.render.CommandWord;
import org.dfaas.sampler.cli.render.RunText;
import org.dfaas.sampler.config.LoadedConfig;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.dashboard.DashboardOptions;
import org.dfaas.sampler.dashboard.DashboardServer;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.runtime.CampaignRequest;
import org.dfaas.sampler.runtime.ResolvedTarget;
import org.dfaas.sampler.runtime.RunPlan;
import org.dfaas.sampler.runtime.RunResult;
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
final class RunCommand extends EnvironmentCommand {

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
          "Resume even when the config changes what the folder's rows mean or leaves part of"
              + " its campaign out (duration, thresholds, queries, search, a rate or function"
              + " removed, fewer iterations): the rows then mix both configs; logged in"
              + " campaign.log. A config that only widens the campaign needs no --force.")
  boolean force;

  @Option(
      names = "--dashboard",
      arity = "0..1",
      paramLabel = "PORT",
      fallbackValue = "" + DashboardCommand.DEFAULT_PORT,
      description =
          "Also serve the live page of the output folder on 127.0.0.1:PORT (default "
              + DashboardCommand.DEFAULT_PORT
              + ") while the campaign runs, as `dashboard` does.")
  Integer dashboard;

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
    DashboardServer page = null;
    try (SamplerRuntime runtime = SamplerRuntime.open(configured, environment);
        ProgressBarListener bar =
            environment
                .terminal()
                .map(terminal -> progressBar(terminal, runtime, folder))
                .orElse(null)) {
      page = dashboard(folder);
      RunResult result =
          runtime.run(
              new CampaignRequest(
                  folder,
                  maxConfigs == null ? Long.MAX_VALUE : maxConfigs,
                  bar == null ? CampaignListener.NONE : bar,
                  force,
                  loaded.warnings()));
      closeBar(bar);
      String program = CommandWord.program(environment.env());
      new RunText(environment.workDir(), program, resumeCommand(program))
          .write(result, environment.out());
      environment.out().flush();
      return result.exitCode();
    } finally {
      signals.close();
      if (page != null) {
        page.close();
      }
    }
  }

  /** The live page of {@code folder} when {@code --dashboard} asks for it; null otherwise. */
  private DashboardServer dashboard(Path folder) {
    if (dashboard == null) {
      return null;
    }
    DashboardServer server =
        SamplerRuntime.dashboard(environment, DashboardOptions.loopback(folder, dashboard));
    environment.err().println("dashboard of " + folder + " at " + server.uri());
    environment.err().flush();
    return server;
  }

  /** One bar over what will run (every folder of a fleet: they run at once); a line per target. */
  private ProgressBarListener progressBar(
      PrintStream terminal, SamplerRuntime runtime, Path folder) {
    SamplerConfig config = runtime.config();
    List<String> names =
        config.targets().isEmpty()
            ? List.of()
            : runtime.targets().stream().map(ResolvedTarget::name).toList();
    RunPlan plan = runtime.plan(folder, OptionalLong.empty(), EstimateListener.NONE);
    return new ProgressBarListener(
        terminal, plan.toRun(), plan.dominated(), config.iterations(), names);
  }

  /** This command as typed, less what only this session asked for ({@code --max-configs}). */
  private String resumeCommand(String program) {
    StringBuilder command =
        new StringBuilder(program).append(" run -c ").append(CommandWord.of(config.source()));
    config.overrides.forEach(set -> command.append(" --set ").append(CommandWord.of(set)));
    if (output.output != null) {
      command.append(" --output ").append(CommandWord.of(output.output.toString()));
    }
    return command.toString();
  }

  /** The bar's last frame stays above the closing summary. */
  private static void closeBar(ProgressBarListener bar) {
    if (bar != null) {
      bar.close();
    }
  }
}
