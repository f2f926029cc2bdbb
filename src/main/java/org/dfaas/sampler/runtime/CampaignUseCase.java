package org.dfaas.sampler.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.ToolVersion;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.campaign.CampaignParts;
import org.dfaas.sampler.campaign.DfaasGenerator;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.campaign.StatusFileListener;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.results.ResultStore;
import org.dfaas.sampler.telemetry.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The use case {@code campaign}: one campaign into one output folder, of the config's one target or
 * of its pool, run or resumed from what the folder holds and logged to its {@code campaign.log}.
 * Whether one target or a pool measures the plan is decided here, once: both are the one loop
 * ({@link DfaasGenerator}) over the parts of their targets.
 */
record CampaignUseCase(RuntimeScope scope) {

  private static final Logger LOG = LoggerFactory.getLogger(CampaignUseCase.class);

  /**
   * Runs the campaign, or resumes it from what the output folder holds.
   *
   * @throws SamplerException when the identity, the folder or a part is unusable before the first
   *     configuration; failures after that are in the outcome
   */
  CampaignResult run(CampaignRequest request) {
    SamplerConfig config = scope.config();
    SamplerEnvironment environment = scope.environment();
    if (config.targets().fleet()) {
      // A fleet is one campaign per target, each into its own folder: see fleet(…).
      throw new SamplerException(
          "a config with targets_mode: fleet is not one campaign",
          ExitCode.BAD_INPUT,
          "run it with fleet(…) or `run`",
          null);
    }
    Path folder = environment.resolve(request.outputFolder());
    RunIdentity identity = scope.identity();
    List<String> names = config.functions().stream().map(FunctionSpec::name).toList();
    FolderConfigCheck folderConfig = FolderConfigCheck.of(folder, config);
    if (folderConfig.refused() && !request.force()) {
      throw folderConfig.refusal();
    }
    if (folderConfig.replaces()) {
      CampaignConfigRecord.removeEmptyTables(folder);
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
                    + String.join(", ", scope.targets().stream().map(ResolvedTarget::name).toList())
                : "target " + identity.targetName(),
            ToolVersion.current(),
            store.folder(),
            logFile.path());
        request.configWarnings().forEach(warning -> LOG.warn("config: {}", warning));
        folderConfig.record(store, environment.clock().instant());
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
          StatusFileListener status =
              new StatusFileListener(store.folder(), identity.runId(), environment.clock());
          outcome =
              generate(identity, store, request, List.of(reasons, telemetry.listener(), status));
        }
        Set<ConfigKey> done = DoneConfigurations.read(folder, config);
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
        scope.closeParts();
      }
    } catch (IOException e) {
      throw SamplerException.onFile(
          "cannot close the output folder",
          folder,
          e,
          "check that the disk has space; the campaign resumes from what reached it");
    }
  }

  /** The loop over the parts of the config's one target, or of each target of its pool. */
  private CampaignOutcome generate(
      RunIdentity identity,
      ResultStore store,
      CampaignRequest request,
      List<CampaignListener> others) {
    List<CampaignListener> listeners = new ArrayList<>();
    listeners.add(request.listener());
    listeners.addAll(others);
    SamplerConfig config = scope.config();
    if (config.targets().pool()) {
      try (PoolWiring pool = new PoolWiring(scope.environment(), scope.sandboxOptions())) {
        return new DfaasGenerator(
                pool.parts(
                    config,
                    scope.targets(),
                    identity,
                    store,
                    CampaignListener.all(listeners),
                    request.maxConfigurations()))
            .run();
      }
    }
    PlatformParts platform = scope.parts();
    SamplerConfig effective = TargetWiring.effective(platform, store);
    TargetWiring wiring = scope.wiring();
    // A single target's lines and events are the campaign's, shown first.
    listeners.add(0, wiring.campaignLog(identity, store));
    return new DfaasGenerator(
            CampaignParts.single(
                effective,
                identity,
                Plan.of(effective),
                wiring.unnamed(platform, effective),
                store,
                CampaignListener.all(listeners),
                scope.environment().clock(),
                request.maxConfigurations()))
        .run();
  }
}
