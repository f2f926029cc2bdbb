package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.PlanEstimate;
import org.dfaas.sampler.plan.PlanEstimator;
import org.dfaas.sampler.replay.ReplayOutcomes;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.search.ClassificationListener;
import org.dfaas.sampler.search.InFlightDrive;
import org.dfaas.sampler.search.IterationPolicy;
import org.dfaas.sampler.search.OutcomeSource;
import org.dfaas.sampler.search.SearchStrategy;
import org.dfaas.sampler.search.Searches;

/**
 * The use case {@code plan}: the plan walked as a campaign would walk it, without running anything,
 * for the config's one target, its pool (one folder) or each target of its fleet (a folder each);
 * and the search run against assumed or recorded outcomes.
 */
record PlanUseCase(RuntimeScope scope) {

  /**
   * The walk of the run's folders: one, or each fleet target's under {@code outputFolder}; {@code
   * listener} hears each configuration of one folder as it comes.
   *
   * @throws SamplerException (exit 2) when {@code listener} would hear a fleet's several folders
   */
  RunPlan plan(Path outputFolder, OptionalLong assumedCapacity, EstimateListener listener) {
    SamplerConfig config = scope.config();
    if (!config.targets().fleet()) {
      int targets = config.targets().pool() ? config.targets().all().size() : 1;
      return new RunPlan(
          walkPlan(outputFolder, assumedCapacity, listener),
          targets,
          Map.of(),
          config.targets().pool());
    }
    if (listener != EstimateListener.NONE) {
      throw new SamplerException(
          "--list shows one folder, and a fleet has one per target",
          ExitCode.BAD_INPUT,
          "leave --list out",
          null);
    }
    Map<String, PlanWalk> walks = new LinkedHashMap<>();
    for (ResolvedTarget target : scope.targets()) {
      try (SamplerRuntime one = scope.open(target)) {
        walks.put(
            target.name(),
            one.walkPlan(
                outputFolder.resolve(target.name()), assumedCapacity, EstimateListener.NONE));
      }
    }
    return new RunPlan(null, walks.size(), walks, false);
  }

  PlanWalk walkPlan(Path outputFolder, OptionalLong assumedCapacity, EstimateListener listener) {
    SamplerConfig config = scope.config();
    Path folder = scope.environment().resolve(outputFolder);
    Path index = folder.resolve(ArtifactNames.INDEX_CSV);
    Set<ConfigKey> done = DoneConfigurations.read(folder, config);
    RecordedOutcomes recorded = RecordedOutcomes.read(folder, done, config.iterations());
    Plan plan = Plan.of(config);
    SettledCount settled =
        new SettledCount(
            FolderFrontier.read(config, plan, folder, done), plan.functionNames().size(), listener);
    PlanEstimate estimate =
        new PlanEstimator(plan)
            .estimate(done::contains, assumedCapacity, settled, recorded.overloaded());
    long toRun = estimate.toRun() - settled.inferred();
    return new PlanWalk(
        config,
        plan,
        estimate,
        recorded,
        index,
        assumedCapacity,
        settled,
        PlanWalk.worstCaseSeconds(config, toRun));
  }

  SearchWalk searchPlan(
      OptionalLong assumedCapacity,
      ReplayRequest replay,
      int inFlight,
      ClassificationListener listener) {
    SamplerConfig config = scope.config();
    Plan plan = Plan.of(config);
    ReplayOutcomes recorded =
        replay == null
            ? null
            : new ReplayOutcomes(
                scope.environment().resolve(replay.file()),
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

  /**
   * What {@code run} will make of the config in each of the run's folders (a widening, a refusal),
   * each a line; a fleet target's named.
   */
  List<String> folderNotices(Path outputFolder) {
    if (!scope.config().targets().fleet()) {
      return notice(outputFolder).stream().toList();
    }
    List<String> notices = new ArrayList<>();
    for (ResolvedTarget target : scope.targets()) {
      try (SamplerRuntime one = scope.open(target)) {
        one.folderNotices(outputFolder.resolve(target.name())).stream()
            .map(notice -> "target " + target.name() + ": " + notice)
            .forEach(notices::add);
      }
    }
    return notices;
  }

  private Optional<String> notice(Path outputFolder) {
    return FolderConfigCheck.of(scope.environment().resolve(outputFolder), scope.config()).notice();
  }

  /** How {@code run} will see {@code outputFolder}: its config ids, what its search settles. */
  FolderFrontier folderFrontier(Path outputFolder) {
    Path folder = scope.environment().resolve(outputFolder);
    return FolderFrontier.read(
        scope.config(),
        Plan.of(scope.config()),
        folder,
        DoneConfigurations.read(folder, scope.config()));
  }
}
