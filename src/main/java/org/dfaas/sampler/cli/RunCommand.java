package org.dfaas.sampler.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.Sleeper;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.CampaignLog;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.campaign.CampaignParts;
import org.dfaas.sampler.campaign.CooldownManager;
import org.dfaas.sampler.campaign.DfaasGenerator;
import org.dfaas.sampler.campaign.HostName;
import org.dfaas.sampler.campaign.OverloadEvaluator;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.metrics.MetricsCollector;
import org.dfaas.sampler.metrics.QueryCatalog;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.platform.OpenFaasGateway;
import org.dfaas.sampler.results.ResultStore;
import org.dfaas.sampler.sandbox.EmbeddedParts;
import org.dfaas.sampler.sandbox.SandboxOptions;
import org.dfaas.sampler.search.SearchTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
      "A progress bar on a terminal, plain log lines otherwise; everything is also logged to"
          + " campaign.log in the output folder. Ctrl-C stops it resumably (exit 130)."
    })
final class RunCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  private final CliEnvironment environment;

  @Spec CommandSpec spec;

  @Mixin ConfigOptions config;

  @Mixin OutputOption output;

  @Option(
      names = "--max-configs",
      paramLabel = "N",
      description = "Stop after running N configurations (skipped ones do not count).")
  Long maxConfigs;

  RunCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    if (maxConfigs != null && maxConfigs < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-configs must be ≥ 1, got " + maxConfigs);
    }
    SamplerConfig configured = config.load(environment).config();
    Path folder = output.folder(environment, configured);
    Clock clock = Clock.systemUTC();
    RunIdentity identity =
        RunIdentity.resolve(configured.runId(), environment.env(), clock.instant(), HostName::get);
    boolean terminal = System.console() != null;
    List<String> names = configured.functions().stream().map(FunctionSpec::name).toList();
    StopSignals.Installed signals = StopSignals.install(environment.err());
    try (ResultStore store = ResultStore.open(folder, names);
        CampaignLogFile logFile = CampaignLogFile.open(folder);
        EmbeddedParts embedded =
            EmbeddedParts.start(configured, environment.env(), SandboxOptions.DEFAULTS);
        ProgressBarListener bar = terminal ? new ProgressBarListener(System.err) : null) {
      LOG.info(
          "campaign {} on target {}: output in {}, log in {}",
          identity.runId(),
          identity.targetName(),
          store.folder(),
          logFile.path());
      CampaignOutcome outcome =
          new DfaasGenerator(parts(embedded, identity, store, bar, clock)).run();
      printSummary(outcome, identity);
      if (outcome.interrupted()) {
        return ExitCode.INTERRUPTED;
      }
      return outcome.complete() ? ExitCode.OK : ExitCode.RUNTIME_FAILURE;
    } finally {
      signals.close();
    }
  }

  private CampaignParts parts(
      EmbeddedParts embedded,
      RunIdentity identity,
      ResultStore store,
      ProgressBarListener bar,
      Clock clock) {
    SamplerConfig samplerConfig = embedded.config();
    QueryCatalog catalog =
        QueryCatalog.load(
            samplerConfig.queriesPath() == null
                ? null
                : environment.resolve(samplerConfig.queriesPath()),
            samplerConfig.scaphandreEnabled());
    catalog.warnings().forEach(w -> environment.err().println("warning: " + w));
    MetricsCollector metrics =
        new MetricsCollector(
            catalog,
            embedded.metrics(),
            samplerConfig.duration(),
            samplerConfig.scaphandreEnabled(),
            samplerConfig.functionPidRegexes());
    OpenFaasGateway gateway = embedded.gateway();
    List<CampaignListener> listeners = new ArrayList<>();
    listeners.add(
        new CampaignLog(
            identity,
            CampaignLog.eventsEnabled(environment.env()) ? environment.out() : null,
            clock));
    if (bar != null) {
      CampaignLogFile.clearProgressLineBeforeLogLines();
      listeners.add(bar);
    }
    return new CampaignParts(
        samplerConfig,
        identity,
        Plan.of(samplerConfig),
        K6Runner.fromConfig(samplerConfig, embedded.executor()),
        metrics,
        gateway,
        new CooldownManager(
            samplerConfig.cooldown(), metrics::nodeSnapshot, gateway, clock, Sleeper.SYSTEM),
        new OverloadEvaluator(samplerConfig.overload(), metrics.cpuCount()),
        store,
        CampaignListener.all(listeners),
        clock,
        maxConfigs == null ? Long.MAX_VALUE : maxConfigs);
  }

  private void printSummary(CampaignOutcome outcome, RunIdentity identity) {
    var out = environment.out();
    out.println();
    out.println(
        outcome.stopReason() == null
            ? "Campaign " + identity.runId() + " finished."
            : "Campaign " + identity.runId() + " stopped: " + outcome.stopReason());
    out.printf(Locale.ROOT, "  configurations  %,d in the plan%n", outcome.configurations());
    if (outcome.searchMode() == SearchSettings.Mode.FRONTIER) {
      printFrontierCounts(outcome);
    } else {
      out.printf(Locale.ROOT, "  run             %,d%n", outcome.ran());
      out.printf(
          Locale.ROOT,
          "  skipped         %,d dominated by an overloaded one, %,d already done%n",
          outcome.skippedDominated(),
          outcome.skippedIndexed());
    }
    out.printf(Locale.ROOT, "  failed          %,d (listed in skipped.csv)%n", outcome.failed());
    out.printf(Locale.ROOT, "  overloaded      %,d%n", outcome.overloaded());
    out.printf(Locale.ROOT, "  elapsed         %s%n", elapsed(outcome.elapsed()));
    out.printf(Locale.ROOT, "  output          %s%n", outcome.outputDir());
    out.flush();
  }

  /** The frontier search's counts: what was measured, what inferred, and how they disagreed. */
  private void printFrontierCounts(CampaignOutcome outcome) {
    var out = environment.out();
    SearchTally search = outcome.search();
    out.printf(
        Locale.ROOT,
        "  measured        %,d (%,d run, %,d already done) in %,d k6 runs%n",
        search.measured(),
        outcome.ran(),
        outcome.skippedIndexed(),
        search.k6Runs());
    out.printf(
        Locale.ROOT,
        "  inferred        %,d overloaded (listed in skipped.csv), %,d not overloaded%n",
        search.inferredOverloaded(),
        search.inferredOk());
    out.printf(
        Locale.ROOT,
        "  classified      %,d of %,d (frontier.csv)%n",
        search.classified(),
        outcome.configurations());
    out.printf(Locale.ROOT, "  contradictions  %,d%n", search.contradictions());
  }

  private static String elapsed(Duration duration) {
    return PlanReport.duration(duration.toSeconds());
  }
}
