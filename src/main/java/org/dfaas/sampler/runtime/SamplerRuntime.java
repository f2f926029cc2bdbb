package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.check.CheckReport;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.dashboard.DashboardOptions;
import org.dfaas.sampler.dashboard.DashboardServer;
import org.dfaas.sampler.export.ExportProgress;
import org.dfaas.sampler.export.ExportRequest;
import org.dfaas.sampler.export.ExportSummary;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.report.ReportWriter;
import org.dfaas.sampler.sandbox.SandboxOptions;
import org.dfaas.sampler.search.ClassificationListener;

/**
 * dfaas-sampler as a library: the command line's use cases over one validated config and one
 * environment. The composition root, the only place that builds parts (real or the tool's own) and
 * closes them: it holds what the use cases share ({@link RuntimeScope}: config, environment,
 * platform parts started on first use) and hands each call to its use case's class ({@link
 * CampaignUseCase}, {@link PlanUseCase}, {@link CheckUseCase}, {@link OnceUseCase}, {@link
 * ReportUseCase}, {@link DeployUseCase}, {@link ExportUseCase}, {@link SetupUseCase}).
 *
 * <pre>{@code
 * SamplerConfig config = new ConfigLoader().load(path, List.of()).config();
 * try (SamplerRuntime runtime = SamplerRuntime.open(config, SamplerEnvironment.system())) {
 *   RunResult result = runtime.run(CampaignRequest.into(Path.of("out")));
 * }
 * }</pre>
 *
 * <p>Parts are started on first use (walking the plan starts none) and live until {@link #close},
 * except a campaign's, which are closed when it ends so that their last log lines reach its {@code
 * campaign.log}. Not thread-safe: one use case at a time. Every use case throws a {@link
 * SamplerException} for what the tool knows can go wrong, with an exit code and a hint.
 */
public final class SamplerRuntime implements AutoCloseable {

  private final RuntimeScope scope;

  private SamplerRuntime(RuntimeScope scope) {
    this.scope = scope;
  }

  /** A runtime over a config that {@code ConfigLoader} validated; nothing starts yet. */
  public static SamplerRuntime open(SamplerConfig config, SamplerEnvironment environment) {
    return open(config, environment, SandboxOptions.DEFAULTS);
  }

  /** As {@link #open(SamplerConfig, SamplerEnvironment)}, with a sandbox that behaves otherwise. */
  public static SamplerRuntime open(
      SamplerConfig config, SamplerEnvironment environment, SandboxOptions sandboxOptions) {
    return new SamplerRuntime(RuntimeScope.of(config, environment, sandboxOptions, null));
  }

  /** As {@link #open(ResolvedTarget, SamplerEnvironment, SandboxOptions)}, the default sandbox. */
  public static SamplerRuntime open(ResolvedTarget target, SamplerEnvironment environment) {
    return open(target, environment, SandboxOptions.DEFAULTS);
  }

  /**
   * A runtime over one target of a config, as a single-target campaign of it: its parts, and its
   * name in the run identity (k6 workspace, events' {@code host}).
   */
  public static SamplerRuntime open(
      ResolvedTarget target, SamplerEnvironment environment, SandboxOptions sandboxOptions) {
    String name = target.implicit() ? null : target.name();
    return new SamplerRuntime(RuntimeScope.of(target.config(), environment, sandboxOptions, name));
  }

  /**
   * The targets of the config: each of {@code targets:}, or the one implicit target.
   *
   * @throws SamplerException (exit 2) when a target's name or address cannot be resolved
   */
  public List<ResolvedTarget> targets() {
    return scope.targets();
  }

  /** The config as given (a running sandbox's URL is not in it). */
  public SamplerConfig config() {
    return scope.config();
  }

  /**
   * Runs what the config asks for: its one target's or its pool's campaign into the request's
   * folder, or, for a fleet, every target's campaign at once, each into {@code {folder}/{name}/}.
   * The request's listener hears every campaign, one call at a time, and a pool's or a fleet's
   * targets' statuses.
   *
   * @throws SamplerException when the identity, the folder or a part is unusable before the first
   *     configuration of a single or pool campaign; failures after that are in the result
   */
  public RunResult run(CampaignRequest request) {
    return scope.config().targets().fleet()
        ? new FleetCampaign(scope.targets(), scope.environment(), scope.sandboxOptions())
            .run(request)
        : campaign(request);
  }

  /**
   * Runs the campaign of one target or of a pool, or resumes it from what the output folder holds,
   * logging it to the folder's {@code campaign.log}.
   *
   * @throws SamplerException (exit 2) for a fleet, one campaign per target: see {@link #run}
   */
  public CampaignResult campaign(CampaignRequest request) {
    return new CampaignUseCase(scope).run(request);
  }

  /**
   * What {@link #run} would do with {@code outputFolder}, walked without running anything: its
   * folder's walk, or each fleet target's; {@code listener} hears each configuration of one folder.
   *
   * @param assumedCapacity assume a configuration overloads the node exactly when the sum of its
   *     rates exceeds this; empty to assume nothing is overloaded
   * @throws SamplerException (exit 2) when {@code listener} would hear a fleet's several folders
   */
  public RunPlan plan(Path outputFolder, OptionalLong assumedCapacity, EstimateListener listener) {
    return new PlanUseCase(scope).plan(outputFolder, assumedCapacity, listener);
  }

  /**
   * Walks the plan of one output folder as a campaign would, reading what is done from its index,
   * and handing each configuration with its status to {@code listener} as it comes.
   */
  public PlanWalk walkPlan(Path folder, OptionalLong assumedCapacity, EstimateListener listener) {
    return new PlanUseCase(scope).walkPlan(folder, assumedCapacity, listener);
  }

  /**
   * Runs the config's search against assumed or recorded outcomes, as a campaign would measure, and
   * hands each configuration's classification to {@code listener} as it comes.
   *
   * @param replay the recording whose outcomes the search meets instead, or {@code null}
   * @param inFlight how many configurations are measured at once, as a pool of that many targets
   */
  public SearchWalk searchPlan(
      OptionalLong assumedCapacity,
      ReplayRequest replay,
      int inFlight,
      ClassificationListener listener) {
    return new PlanUseCase(scope).searchPlan(assumedCapacity, replay, inFlight, listener);
  }

  /**
   * What {@code run} will make of the config in the run's folders under {@code outputFolder} (a
   * widening, a refusal in run's words), a line each; empty when nothing is worth saying.
   */
  public List<String> folderNotices(Path outputFolder) {
    return new PlanUseCase(scope).folderNotices(outputFolder);
  }

  /** How {@code run} will see {@code outputFolder}: its config ids, what its search settles. */
  public FolderFrontier folderFrontier(Path outputFolder) {
    return new PlanUseCase(scope).folderFrontier(outputFolder);
  }

  /** Runs one configuration once through the load generator (no cooldown, no metrics). */
  public OnceResult once(Configuration configuration) {
    return new OnceUseCase(scope).run(configuration);
  }

  /**
   * Checks, part by part, the setup a campaign needs; a broken part is a FAIL in the report, not an
   * exception. Warnings of the report are the caller's to show.
   */
  public CheckReport check() {
    return new CheckUseCase(scope).check();
  }

  /** Deploys or updates the config's functions, then waits until each has a ready replica. */
  public DeployResult deploy(Duration readyWithin) {
    return new DeployUseCase(scope).deploy(readyWithin);
  }

  /** Checks every target of the config, one after the other, each with its own parts. */
  public List<TargetCheckResult> checkTargets() {
    return new CheckUseCase(scope).checkTargets();
  }

  /** Writes the HTML report of an output folder, a folder of results files or one results file. */
  public static ReportWriter.Written report(
      SamplerEnvironment environment, Path source, Path page) {
    return new ReportUseCase(environment).write(source, page);
  }

  /**
   * Exports an output folder's dataset (docs/export.md): needs no config, starts no part, only
   * reads the folder, so it may run beside the campaign writing it.
   */
  public static ExportSummary export(
      ExportRequest request, SamplerEnvironment environment, ExportProgress progress) {
    return new ExportUseCase(environment).export(request, progress);
  }

  /**
   * Serves the live page of an output folder until the server is closed: reads the folder only, so
   * it may run beside (or inside) the campaign writing it.
   */
  public static DashboardServer dashboard(
      SamplerEnvironment environment, DashboardOptions options) {
    return new DashboardUseCase(environment).serve(options);
  }

  /** The use cases of {@code setup} and {@code teardown} on this config's k6 host and node. */
  public SetupUseCase setup() {
    return new SetupUseCase(scope);
  }

  @Override
  public void close() {
    scope.closeParts();
  }
}
