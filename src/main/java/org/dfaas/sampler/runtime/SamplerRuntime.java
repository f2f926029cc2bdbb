package org.dfaas.sampler.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.ToolVersion;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.CampaignLog;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.campaign.CampaignParts;
import org.dfaas.sampler.campaign.CooldownManager;
import org.dfaas.sampler.campaign.DfaasGenerator;
import org.dfaas.sampler.campaign.HostName;
import org.dfaas.sampler.campaign.OverloadEvaluator;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.check.CheckReport;
import org.dfaas.sampler.check.SetupChecker;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.HostAddress;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.export.DatasetExport;
import org.dfaas.sampler.export.ExportProgress;
import org.dfaas.sampler.export.ExportRequest;
import org.dfaas.sampler.export.ExportSummary;
import org.dfaas.sampler.k6.K6RunResult;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.metrics.MetricsCollector;
import org.dfaas.sampler.metrics.PrometheusClient;
import org.dfaas.sampler.metrics.QueryCatalog;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.PlanEstimate;
import org.dfaas.sampler.plan.PlanEstimator;
import org.dfaas.sampler.platform.FunctionDeployer;
import org.dfaas.sampler.platform.FunctionDeployment;
import org.dfaas.sampler.platform.OpenFaasGateway;
import org.dfaas.sampler.platform.StoreImages;
import org.dfaas.sampler.replay.ReplayOutcomes;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.IndexReader;
import org.dfaas.sampler.results.ResultStore;
import org.dfaas.sampler.sandbox.SandboxOptions;
import org.dfaas.sampler.search.ClassificationListener;
import org.dfaas.sampler.search.InFlightDrive;
import org.dfaas.sampler.search.IterationPolicy;
import org.dfaas.sampler.search.OutcomeSource;
import org.dfaas.sampler.search.SearchStrategy;
import org.dfaas.sampler.search.Searches;
import org.dfaas.sampler.setup.Provisioner;
import org.dfaas.sampler.setup.SetupListener;
import org.dfaas.sampler.telemetry.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * dfaas-sampler as a library: one validated config and one environment, and the use cases of the
 * command line — the campaign, one configuration once, the setup check and the plan walk. The only
 * place that builds parts, real (k6 executors, Prometheus, the OpenFaaS gateway) or the tool's own
 * (built-in load generator, sandbox platform, local metrics), and the one that closes them.
 *
 * <pre>{@code
 * SamplerConfig config = new ConfigLoader().load(path, List.of()).config();
 * try (SamplerRuntime runtime = SamplerRuntime.open(config, SamplerEnvironment.system())) {
 *   CampaignResult result = runtime.campaign(CampaignRequest.into(Path.of("out")));
 * }
 * }</pre>
 *
 * <p>Parts are started on first use (walking the plan starts none) and live until {@link #close},
 * except a campaign's, which are closed when it ends so that their last log lines reach its {@code
 * campaign.log}. Not thread-safe: one use case at a time. Every use case throws a {@link
 * SamplerException} for what the tool knows can go wrong, with an exit code and a hint.
 */
public final class SamplerRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SamplerRuntime.class);

  private final SamplerConfig config;
  private final SamplerEnvironment environment;
  private final SandboxOptions sandboxOptions;
  private final String targetName;
  private PlatformParts parts;

  private SamplerRuntime(
      SamplerConfig config,
      SamplerEnvironment environment,
      SandboxOptions sandboxOptions,
      String targetName) {
    this.environment = Objects.requireNonNull(environment, "environment");
    this.config =
        HostAddress.resolve(
            Objects.requireNonNull(config, "config"), environment.env(), HostName::get);
    this.sandboxOptions = Objects.requireNonNull(sandboxOptions, "sandboxOptions");
    this.targetName = targetName;
  }

  /**
   * Exports an output folder's dataset (docs/export.md): needs no config, starts no part, only
   * reads the folder, so it may run beside the campaign writing it.
   */
  public static ExportSummary export(
      ExportRequest request, SamplerEnvironment environment, ExportProgress progress) {
    ExportRequest resolved =
        new ExportRequest(
            environment.resolve(request.source()),
            request.format(),
            environment.resolve(request.out()),
            request.target());
    return DatasetExport.run(resolved, progress);
  }

  /** A runtime over a config that {@code ConfigLoader} validated; nothing starts yet. */
  public static SamplerRuntime open(SamplerConfig config, SamplerEnvironment environment) {
    return open(config, environment, SandboxOptions.DEFAULTS);
  }

  /** As {@link #open(SamplerConfig, SamplerEnvironment)}, with a sandbox that behaves otherwise. */
  public static SamplerRuntime open(
      SamplerConfig config, SamplerEnvironment environment, SandboxOptions sandboxOptions) {
    return new SamplerRuntime(config, environment, sandboxOptions, null);
  }

  /** As {@link #open(CampaignTarget, SamplerEnvironment, SandboxOptions)}, the default sandbox. */
  public static SamplerRuntime open(CampaignTarget target, SamplerEnvironment environment) {
    return open(target, environment, SandboxOptions.DEFAULTS);
  }

  /**
   * A runtime over one target of a config, as a single-target campaign of it: its parts, and its
   * name in the run identity (k6 workspace, events' {@code host}).
   */
  public static SamplerRuntime open(
      CampaignTarget target, SamplerEnvironment environment, SandboxOptions sandboxOptions) {
    return new SamplerRuntime(
        target.config(), environment, sandboxOptions, target.implicit() ? null : target.name());
  }

  /**
   * The targets of the config: each of {@code targets:}, or the one implicit target.
   *
   * @throws SamplerException (exit 2) when a target's name or address cannot be resolved
   */
  public List<CampaignTarget> targets() {
    return CampaignTarget.of(config, environment.env(), HostName::get);
  }

  /**
   * The use cases of {@code setup} and {@code teardown} on this config's k6 host and node.
   *
   * @throws SamplerException (exit 2) when {@code ansible-playbook} is not on the PATH
   */
  public Provisioner provisioner() {
    return SetupParts.provisioner(config, environment);
  }

  /**
   * {@code setup --node}: provisions the node, then deploys the campaign's functions through its
   * gateway with the password the node handed over.
   */
  public NodeSetupResult setupNode(boolean check, SetupListener listener) {
    return NodeSetup.run(config, environment, provisioner(), check, listener);
  }

  /** The config as given (a running sandbox's URL is not in it). */
  public SamplerConfig config() {
    return config;
  }

  /**
   * Runs the campaign, or resumes it from what the output folder holds, logging it to the folder's
   * {@code campaign.log}.
   *
   * @throws SamplerException when the identity, the folder or a part is unusable before the first
   *     configuration; failures after that are in the outcome
   */
  public CampaignResult campaign(CampaignRequest request) {
    if (config.targets().fleet()) {
      // A fleet is one campaign per target, each into its own folder: see fleet(…).
      throw new SamplerException(
          "a config with targets_mode: fleet is not one campaign",
          ExitCode.BAD_INPUT,
          "run it with fleet(…) or `run`",
          null);
    }
    Path folder = environment.resolve(request.outputFolder());
    RunIdentity identity = identity();
    List<String> names = config.functions().stream().map(FunctionSpec::name).toList();
    String configText = CampaignConfigRecord.text(config);
    Optional<String> recorded = CampaignConfigRecord.read(folder);
    List<String> differences =
        recorded.map(text -> CampaignConfigRecord.differences(text, configText)).orElse(List.of());
    if (!differences.isEmpty() && !request.force()) {
      throw new SamplerException(
          folder
              + " holds a campaign started with another config; it differs in "
              + String.join(", ", differences),
          ExitCode.BAD_INPUT,
          "resume with the config in "
              + folder.resolve(ArtifactNames.CAMPAIGN_YAML)
              + ", choose another output_dir, or add --force to mix the data anyway",
          null);
    }
    boolean pool = config.targets().pool();
    try (ResultStore store = ResultStore.open(folder, names, config.output(), pool);
        CampaignLogFile logFile = CampaignLogFile.open(folder)) {
      try {
        LOG.info(
            "campaign {} on {} by dfaas-sampler {}: output in {}, log in {}",
            identity.runId(),
            pool
                ? "a pool of targets "
                    + String.join(", ", targets().stream().map(CampaignTarget::name).toList())
                : "target " + identity.targetName(),
            ToolVersion.current(),
            store.folder(),
            logFile.path());
        request.configWarnings().forEach(warning -> LOG.warn("config: {}", warning));
        if (!differences.isEmpty()) {
          LOG.warn(
              "--force: resuming with a config that differs from {} in {}",
              ArtifactNames.CAMPAIGN_YAML,
              String.join(", ", differences));
        } else if (recorded.isEmpty()) {
          store.writeCampaignConfig(configText);
        }
        OverloadReasonCount reasons = new OverloadReasonCount();
        CampaignOutcome outcome;
        try (Telemetry telemetry =
            Telemetry.start(
                config.telemetry(),
                environment.env(),
                identity,
                store.configIdHash(),
                environment.clock(),
                Telemetry.Timing.DEFAULT)) {
          outcome =
              pool
                  ? new PoolRun(this::campaignParts, environment, sandboxOptions)
                      .run(
                          config,
                          targets(),
                          identity,
                          store,
                          request,
                          List.of(reasons, telemetry.listener()))
                  : new DfaasGenerator(
                          campaignParts(
                              parts(),
                              identity,
                              store,
                              request,
                              List.of(reasons, telemetry.listener())))
                      .run();
        }
        Set<ConfigKey> done = IndexReader.doneKeys(folder.resolve(ArtifactNames.INDEX_CSV));
        return new CampaignResult(
            identity,
            logFile.path(),
            outcome,
            RecordedOutcomes.read(folder, done, config.iterations()),
            done.size(),
            reasons.counts(),
            logFile.warnings());
      } catch (SamplerException e) {
        throw e;
      } catch (RuntimeException bug) {
        logFile.recordBug(
            "campaign " + identity.runId() + " stopped by an unexpected failure", bug);
        throw bug;
      } finally {
        closeParts();
      }
    } catch (IOException e) {
      throw new SamplerException(
          "cannot close the output folder " + folder + ": " + e.getMessage(),
          ExitCode.RUNTIME_FAILURE,
          "check that the disk has space; the campaign resumes from what reached it",
          e);
    }
  }

  /**
   * Runs a fleet: every target's campaign at once, each into {@code {folder}/{name}/} as the
   * single-target campaign of that target, resuming what its folder holds. The request's listener
   * hears every target's campaign, one call at a time, and each target's status.
   *
   * @throws SamplerException (exit 2) when the config is not a fleet or a target cannot be named
   */
  public FleetResult fleet(CampaignRequest request) {
    if (!config.targets().fleet()) {
      throw new SamplerException(
          "the config is not a fleet (targets_mode: fleet with targets)",
          ExitCode.BAD_INPUT,
          null,
          null);
    }
    return new FleetCampaign(targets(), environment, sandboxOptions).run(request);
  }

  private CampaignParts campaignParts(
      PlatformParts platform,
      RunIdentity identity,
      ResultStore store,
      CampaignRequest request,
      List<CampaignListener> others) {
    SamplerConfig effective =
        platform.config().toBuilder()
            .output(platform.config().output().withConfigIdHash(store.configIdHash()))
            .build();
    MetricsCollector metrics =
        new MetricsCollector(
            catalog(effective),
            platform.metrics(),
            effective.duration(),
            effective.scaphandreEnabled(),
            effective.functionPidRegexes());
    OpenFaasGateway gateway = platform.gateway();
    List<CampaignListener> listeners = new ArrayList<>();
    listeners.add(
        new CampaignLog(
            identity,
            CampaignLog.eventsEnabled(environment.env()) ? environment.out() : null,
            environment.clock(),
            store.configIdHash()));
    listeners.add(request.listener());
    listeners.addAll(others);
    return new CampaignParts(
        effective,
        identity,
        Plan.of(effective),
        K6Runner.fromConfig(effective, platform.executor()),
        metrics,
        gateway,
        new CooldownManager(
            effective.cooldown(),
            metrics::nodeSnapshot,
            gateway,
            environment.clock(),
            environment.sleeper()),
        new OverloadEvaluator(effective.overload(), metrics.cpuCount()),
        store,
        CampaignListener.all(listeners),
        environment.clock(),
        request.maxConfigurations());
  }

  /**
   * Runs one configuration once through the load generator (no cooldown, no metrics), under the run
   * identity a campaign starting now would have.
   *
   * @throws SamplerException when the identity is unusable or the run or its summary fails
   */
  public OnceResult once(Configuration configuration) {
    RunIdentity identity = identity();
    PlatformParts platform = parts();
    K6Runner runner = K6Runner.fromConfig(platform.config(), platform.executor());
    K6RunResult run =
        runner.execute(
            configuration.id(config.output().configIdHash()),
            runner.buildScript(configuration.pairs(), config.functions()),
            identity.targetName(),
            identity.runId());
    return new OnceResult(configuration, run, runner.parseSummary(run, configuration.pairs()));
  }

  /**
   * Checks, part by part, the setup a campaign needs; a broken part is a FAIL in the report, not an
   * exception. Warnings of the report are the caller's to show.
   */
  public CheckReport check() {
    // A sandbox or local source asked for is started for the check, as a campaign would.
    PlatformParts platform = parts();
    SamplerConfig effective = platform.config();
    // A diagnosis asks once: an empty result now is worth reporting, not waiting out.
    return new SetupChecker(
            effective,
            catalog(effective),
            () ->
                platform.prometheus()
                    ? PrometheusClient.create(
                        effective.prometheusUrl(), effective.prometheus().withoutRetries())
                    : platform.metrics(),
            () -> platform.gateway().functions(),
            platform.executor()::version)
        .check();
  }

  /**
   * Deploys or updates the config's functions through the gateway (the sandbox's when it runs),
   * then waits until each has a ready replica.
   *
   * @param readyWithin how long the functions may take to become ready once deployed
   * @throws SamplerException (exit 2) naming every function with no image, before anything is sent;
   *     (exit 1) when the gateway fails or refuses, or a function is not ready in time
   */
  public DeployResult deploy(Duration readyWithin) {
    List<FunctionDeployment> deployments = DeployImages.of(config, StoreImages.bundled());
    PlatformParts platform = parts();
    FunctionDeployer deployer =
        new FunctionDeployer(platform.gateway(), environment.clock(), environment.sleeper());
    return new DeployResult(
        platform.config().gatewayUrl(), deployer.deploy(deployments, readyWithin));
  }

  /**
   * Checks every target of the config, one after the other, each with its own parts (built for its
   * check and closed after it); a target whose parts cannot be built is a failed check, not an
   * exception, so the others are still checked.
   */
  public List<TargetCheck> checkTargets() {
    List<TargetCheck> checks = new ArrayList<>();
    for (CampaignTarget target : targets()) {
      try (SamplerRuntime runtime = open(target, environment, sandboxOptions)) {
        checks.add(new TargetCheck(target, runtime.check(), null));
      } catch (SamplerException e) {
        checks.add(new TargetCheck(target, null, e));
      }
    }
    return checks;
  }

  /**
   * Walks the plan as a campaign would, reading what is done from the output folder's index, and
   * handing each configuration with its status to {@code listener} as it comes.
   *
   * @param outputFolder the output folder, absolute or relative to the working folder
   * @param assumedCapacity assume a configuration overloads the node exactly when the sum of its
   *     rates exceeds this; empty to assume nothing is overloaded
   */
  public PlanWalk walkPlan(
      Path outputFolder, OptionalLong assumedCapacity, EstimateListener listener) {
    Path folder = environment.resolve(outputFolder);
    Path index = folder.resolve(ArtifactNames.INDEX_CSV);
    Set<ConfigKey> done = IndexReader.doneKeys(index);
    RecordedOutcomes recorded = RecordedOutcomes.read(folder, done, config.iterations());
    Plan plan = Plan.of(config);
    PlanEstimate estimate =
        new PlanEstimator(plan)
            .estimate(done::contains, assumedCapacity, listener, recorded.overloaded());
    return new PlanWalk(
        config,
        plan,
        estimate,
        recorded,
        index,
        assumedCapacity,
        PlanWalk.worstCaseSeconds(config, estimate.toRun()));
  }

  /** How {@code run} will see {@code outputFolder}: its config ids, what its search settles. */
  public FolderFrontier folderFrontier(Path outputFolder) {
    Path folder = environment.resolve(outputFolder);
    return FolderFrontier.read(
        config,
        Plan.of(config),
        folder,
        IndexReader.doneKeys(folder.resolve(ArtifactNames.INDEX_CSV)));
  }

  /**
   * Runs the config's search (its {@code search.mode}) against assumed or recorded outcomes, as a
   * campaign would measure, and hands each configuration's classification to {@code listener} as it
   * comes.
   *
   * @param assumedCapacity with no recording: a configuration overloads the node exactly when the
   *     sum of its rates exceeds this; empty to assume nothing is overloaded
   * @param replay the recording whose outcomes the search meets instead, or {@code null}
   * @param inFlight how many configurations are measured at once, as a pool of that many targets
   * @throws org.dfaas.sampler.SamplerException with exit code 2 when the recording does not settle
   *     a configuration the search asked for and gaps are not allowed
   */
  public SearchWalk searchPlan(
      OptionalLong assumedCapacity,
      ReplayRequest replay,
      int inFlight,
      ClassificationListener listener) {
    Plan plan = Plan.of(config);
    ReplayOutcomes recorded =
        replay == null
            ? null
            : new ReplayOutcomes(
                environment.resolve(replay.file()),
                config,
                replay.nodeCores(),
                replay.allowGaps(),
                listener);
    SearchStrategy strategy =
        Searches.create(plan, config.search(), recorded != null ? recorded : listener);
    OutcomeSource outcomes =
        recorded != null
            ? recorded
            : Searches.assumedCapacity(
                assumedCapacity,
                IterationPolicy.of(config.search(), config.iterations()),
                config.search().margin());
    InFlightDrive.Result result = new InFlightDrive(inFlight).drive(strategy, outcomes);
    if (recorded == null) {
      return new SearchWalk(
          config.search(),
          plan.size(),
          result.tally(),
          OptionalDouble.empty(),
          inFlight,
          result.wallRuns(),
          0,
          null);
    }
    recorded.requireSettled();
    return new SearchWalk(
        config.search(),
        plan.size(),
        recorded.withoutGaps(result.tally()),
        OptionalDouble.of(recorded.agreement()),
        inFlight,
        result.wallRuns(),
        recorded.gaps(),
        recorded.cores());
  }

  private RunIdentity identity() {
    RunIdentity identity =
        RunIdentity.resolve(
            config.runId(),
            environment.env(),
            environment.clock().instant(),
            targetName == null ? HostName::get : () -> targetName);
    return targetName == null ? identity : identity.forTarget(targetName);
  }

  private QueryCatalog catalog(SamplerConfig effective) {
    QueryCatalog catalog =
        QueryCatalog.load(
            effective.queriesPath() == null ? null : environment.resolve(effective.queriesPath()),
            effective.scaphandreEnabled());
    catalog.warnings().forEach(environment::warn);
    return catalog;
  }

  private PlatformParts parts() {
    if (parts == null) {
      parts = PlatformParts.start(config, environment.env(), environment.clock(), sandboxOptions);
    }
    return parts;
  }

  private void closeParts() {
    if (parts != null) {
      PlatformParts closing = parts;
      parts = null;
      closing.close();
    }
  }

  @Override
  public void close() {
    closeParts();
  }
}
