package org.dfaas.sampler.campaign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.LoadDuration;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.k6.K6Script;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.RatePair;

/**
 * One unrecorded run before the first configuration of each function set this campaign runs, at
 * each function's lowest non-zero rate, so functions that were idle (scaled to zero, cold caches, a
 * JIT not yet warm) do not make that first configuration look overloaded. Nothing of it is written
 * to any CSV; the listener logs it. A warm-up that fails is logged and the campaign goes on: the
 * configuration itself will meet the same trouble and report it. A bug (any exception other than
 * the tool's own {@link SamplerException}) is not a failed warm-up: it ends the campaign.
 *
 * <p>Not thread-safe: one campaign loop uses it.
 */
final class WarmUp {

  private final LoadDuration duration;
  private final K6Runner k6;
  private final Plan plan;
  private final List<FunctionSpec> functions;
  private final RunIdentity identity;
  private final CampaignListener listener;
  private final Set<List<String>> warmed = new HashSet<>();

  /**
   * @param duration how long a warm-up lasts, {@code null} for none
   * @param k6 the campaign's runner; warm-ups run through it with their own duration
   */
  WarmUp(
      LoadDuration duration,
      K6Runner k6,
      Plan plan,
      List<FunctionSpec> functions,
      RunIdentity identity,
      CampaignListener listener) {
    this.duration = duration;
    this.k6 = duration == null ? null : k6.withDuration(duration);
    this.plan = plan;
    this.functions = List.copyOf(functions);
    this.identity = identity;
    this.listener = listener;
  }

  /**
   * Warms up the function set of {@code configuration} unless it was warmed up already.
   *
   * @throws InterruptedException when the stop is asked for during the warm-up
   */
  void before(Configuration configuration) throws InterruptedException {
    if (k6 == null || !warmed.add(configuration.functionNames())) {
      return;
    }
    Configuration warmUp = lowestLoad(configuration.functionNames());
    if (warmUp.pairs().isEmpty()) {
      return;
    }
    listener.warmUpStarted(warmUp, duration.text());
    try {
      K6Script script = k6.buildScript(warmUp.pairs(), functions);
      // A workspace of its own on the k6 host, apart from the configuration of the same rates.
      k6.execute("warmup-" + warmUp.id(), script, identity.targetName(), identity.runId());
    } catch (SamplerException e) {
      // Only the tool's own failures: a bug stops the campaign, as it would in a measured run.
      if (Thread.interrupted()) {
        throw new InterruptedException("stopped during the warm-up of " + warmUp);
      }
      if (e.stopsCampaign()) {
        throw new CampaignStoppedException(e.getMessage(), e);
      }
      listener.warmUpFailed(warmUp, e);
    }
    if (Thread.interrupted()) {
      throw new InterruptedException("stopped during the warm-up of " + warmUp);
    }
  }

  /** Each function at its lowest non-zero rate; a function with none is left out. */
  private Configuration lowestLoad(List<String> names) {
    List<RatePair> pairs = new ArrayList<>();
    for (String name : names) {
      for (int rate : plan.ratesOf(name)) {
        if (rate > 0) {
          pairs.add(new RatePair(name, rate));
          break;
        }
      }
    }
    return new Configuration(pairs);
  }
}
