package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.SerializedListener;
import org.dfaas.sampler.campaign.TargetStatusListener;
import org.dfaas.sampler.sandbox.SandboxOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fleet: one campaign per target, all at once, each on its own thread (with the threads it
 * starts) into {@code {output_dir}/{name}/}, each exactly the single-target campaign of its target:
 * its own parts, run identity, folder lock, {@code campaign.log}, {@code campaign.yaml}, cooldown
 * baseline and metrics. The targets share nothing but the process, so one failing leaves the others
 * running.
 *
 * <p>Interrupting the calling thread interrupts every target's thread, which stops its k6 and
 * leaves its folder resumable; the call returns once all of them have ended.
 */
final class FleetCampaign {

  private static final Logger LOG = LoggerFactory.getLogger(FleetCampaign.class);

  private final List<ResolvedTarget> targets;
  private final SamplerEnvironment environment;
  private final SandboxOptions sandboxOptions;

  FleetCampaign(
      List<ResolvedTarget> targets, SamplerEnvironment environment, SandboxOptions sandboxOptions) {
    this.targets = List.copyOf(targets);
    this.environment = environment;
    this.sandboxOptions = sandboxOptions;
  }

  /**
   * Runs every target's campaign into a folder of its name under {@code request}'s folder, with
   * {@code request}'s limits. Its listener hears every target's campaign, one call at a time, and
   * each target's status ({@link CampaignListener#targetChanged}).
   */
  FleetResult run(CampaignRequest request) {
    CampaignListener shared = SerializedListener.of(request.listener());
    Path root = environment.resolve(request.outputFolder());
    LOG.info(
        "fleet of {} targets ({}): one campaign each under {}",
        targets.size(),
        String.join(", ", targets.stream().map(ResolvedTarget::name).toList()),
        root);
    FleetTargetResult[] ended = new FleetTargetResult[targets.size()];
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      ResolvedTarget target = targets.get(i);
      Path folder = root.resolve(target.name());
      int slot = i;
      Thread thread =
          new Thread(
              new TargetThreadGroup(target.name()),
              () -> ended[slot] = runOne(target, folder, request, shared),
              "fleet-" + target.name());
      threads.add(thread);
      thread.start();
    }
    awaitAll(threads);
    return new FleetResult(List.of(ended));
  }

  private FleetTargetResult runOne(
      ResolvedTarget target, Path folder, CampaignRequest request, CampaignListener shared) {
    LogTarget.Scope named = LogTarget.of(target.name());
    try (SamplerRuntime runtime = SamplerRuntime.open(target, environment, sandboxOptions)) {
      CampaignResult result =
          runtime.campaign(
              new CampaignRequest(
                  folder,
                  request.maxConfigurations(),
                  CampaignListener.all(
                      List.of(shared, new TargetStatusListener(target.name(), shared))),
                  request.force(),
                  request.configWarnings()));
      return new FleetTargetResult(target, folder, result, null);
    } catch (SamplerException e) {
      LOG.error("target {}: {}", target.name(), e.getMessage());
      shared.targetChanged(target.name(), "not started: " + e.getMessage());
      return new FleetTargetResult(target, folder, null, e);
    } catch (RuntimeException bug) {
      // Already in the target's campaign.log with its stack trace; the others go on.
      LOG.error("target {} stopped by an unexpected failure: {}", target.name(), bug.toString());
      shared.targetChanged(target.name(), "stopped by an unexpected failure: " + bug);
      return new FleetTargetResult(target, folder, null, bug);
    } finally {
      named.close();
    }
  }

  /** Waits for every thread; an interrupt is passed on to each of them, and waiting goes on. */
  private static void awaitAll(List<Thread> threads) {
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
          LOG.info("stopping every target's campaign");
          threads.forEach(Thread::interrupt);
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
