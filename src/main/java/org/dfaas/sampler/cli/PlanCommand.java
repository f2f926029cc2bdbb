package org.dfaas.sampler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.cli.render.PlanJson;
import org.dfaas.sampler.cli.render.PlanList;
import org.dfaas.sampler.cli.render.PlanText;
import org.dfaas.sampler.cli.render.SearchJson;
import org.dfaas.sampler.cli.render.SearchList;
import org.dfaas.sampler.cli.render.SearchText;
import org.dfaas.sampler.cli.render.TargetsPlanJson;
import org.dfaas.sampler.cli.render.TargetsPlanText;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.config.Targets;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.runtime.PlanWalk;
import org.dfaas.sampler.runtime.ReplayRequest;
import org.dfaas.sampler.runtime.ResolvedTarget;
import org.dfaas.sampler.runtime.SamplerEnvironment;
import org.dfaas.sampler.runtime.SamplerRuntime;
import org.dfaas.sampler.runtime.SearchWalk;
import org.dfaas.sampler.search.ClassificationListener;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code plan}: what a campaign will run, in which order, and what it will cost. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Show how many configurations the campaign has, how many are already done in the output"
          + " folder, how many are left and the worst-case duration.",
      "With --assume-capacity, walk the plan as a campaign would on a node of that capacity and"
          + " count what dominance would skip.",
      "With targets: the wall time for their number (fleet: the longest target's campaign; pool:"
          + " the worst case divided by the number of targets, an estimate)."
    })
final class PlanCommand implements Callable<Integer> {

  private final SamplerEnvironment environment;

  @Spec CommandSpec spec;

  @Mixin ConfigOptions config;

  @Mixin OutputOption output;

  @Option(
      names = "--assume-capacity",
      paramLabel = "RPS",
      description =
          "Assume a configuration overloads the node exactly when the sum of its rates exceeds RPS.")
  Long assumedCapacity;

  @Option(
      names = "--search",
      paramLabel = "MODE",
      description =
          "Run the search (grid or frontier; default: the config's search.mode) against the assumed"
              + " capacity and report what it measures and infers.")
  String search;

  @Option(
      names = "--replay",
      paramLabel = "FILE",
      description =
          "Run the search against the outcomes recorded in a results.csv (ours, the old tool's or"
              + " the DFaaS sampler's) and report its agreement with the recording.")
  Path replay;

  @Option(
      names = "--node-cores",
      paramLabel = "N",
      description =
          "With --replay: the recorded node's core count, so that CPU counts in \"near a"
              + " threshold\" (default: the recording's node_cores column, else inferred from its"
              + " overload labels when they pin it down, else CPU is left out and the output says"
              + " why).")
  Integer nodeCores;

  @Option(
      names = "--allow-gaps",
      description =
          "With --replay: list the configurations the recording does not settle as unknown (they"
              + " imply nothing and are left out of agreement) instead of refusing the replay.")
  boolean allowGaps;

  @Option(
      names = "--in-flight",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "With --search or --replay: measure N configurations at once, as a pool of N targets"
              + " does, and report the wall time in k6 runs (default: 1).")
  int inFlight;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print one JSON object and nothing else.")
    boolean json;

    @Option(
        names = "--list",
        description =
            "Print one line per configuration: n, id, pairs, status (todo/done/dominated, and"
                + " inferred_ok/inferred_overloaded for what a frontier search settled); with"
                + " --search or --replay: n, id, pairs, status, implied_by.")
    boolean list;
  }

  PlanCommand(SamplerEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (assumedCapacity != null && assumedCapacity < 0) {
      throw new ParameterException(
          spec.commandLine(), "--assume-capacity must be ≥ 0, got " + assumedCapacity);
    }
    if (replay != null && assumedCapacity != null) {
      throw new ParameterException(
          spec.commandLine(), "--replay takes the outcomes from the file: drop --assume-capacity");
    }
    if (replay == null && (nodeCores != null || allowGaps)) {
      throw new ParameterException(
          spec.commandLine(),
          (nodeCores != null ? "--node-cores" : "--allow-gaps") + " goes with --replay FILE");
    }
    if (nodeCores != null && nodeCores < 1) {
      throw new ParameterException(
          spec.commandLine(), "--node-cores must be ≥ 1, got " + nodeCores);
    }
    if (inFlight < 1) {
      throw new ParameterException(spec.commandLine(), "--in-flight must be ≥ 1, got " + inFlight);
    }
    SamplerConfig samplerConfig = config.load(environment).config();
    OptionalLong capacity =
        assumedCapacity == null ? OptionalLong.empty() : OptionalLong.of(assumedCapacity);
    if (search != null || replay != null) {
      runSearch(samplerConfig, capacity);
      return ExitCode.OK;
    }
    PrintWriter out = environment.out();
    try (SamplerRuntime runtime = SamplerRuntime.open(samplerConfig, environment)) {
      Path folder = output.folder(environment, samplerConfig);
      Targets targets = samplerConfig.targets();
      sayFolderConfig(runtime, folder);
      if (targets.fleet()) {
        planFleet(runtime, folder, capacity, out);
      } else if (targets.pool() && !format.list) {
        PlanWalk walk = runtime.walkPlan(folder, capacity, EstimateListener.NONE);
        if (format.json) {
          new TargetsPlanJson().writePool(walk, targets.all().size(), out);
        } else {
          new TargetsPlanText(config.source()).writePool(walk, targets.all().size(), out);
        }
      } else if (format.list) {
        runtime.walkPlan(folder, capacity, new PlanList(out, runtime.folderFrontier(folder)));
      } else {
        PlanWalk walk = runtime.walkPlan(folder, capacity, EstimateListener.NONE);
        (format.json ? new PlanJson() : new PlanText(config.source())).write(walk, out);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  /** {@code --search}/{@code --replay}: the search run against assumed or recorded outcomes. */
  private void runSearch(SamplerConfig samplerConfig, OptionalLong capacity) {
    SearchSettings settings = samplerConfig.search();
    if (search != null) {
      settings = settings.withMode(searchMode(search));
    }
    PrintWriter out = environment.out();
    ReplayRequest request =
        replay == null
            ? null
            : new ReplayRequest(
                replay,
                nodeCores == null ? OptionalInt.empty() : OptionalInt.of(nodeCores),
                allowGaps);
    try (SamplerRuntime runtime =
        SamplerRuntime.open(samplerConfig.withSearch(settings), environment)) {
      if (format.list) {
        SearchWalk walk = runtime.searchPlan(capacity, request, inFlight, new SearchList(out));
        if (walk.cores() != null && !walk.cores().known()) {
          environment.warn(walk.cores().describe());
        }
      } else {
        SearchWalk walk =
            runtime.searchPlan(capacity, request, inFlight, ClassificationListener.NONE);
        (format.json ? new SearchJson() : new SearchText()).write(walk, out);
      }
    } finally {
      out.flush();
    }
    out.flush();
  }

  /**
   * What {@code run} would make of each folder's {@code campaign.yaml} (a widening, a refusal),
   * said before the plan; beside a JSON document or a list, on the error stream.
   */
  private void sayFolderConfig(SamplerRuntime runtime, Path folder) {
    PrintWriter to = format.json || format.list ? environment.err() : environment.out();
    if (!runtime.config().targets().fleet()) {
      runtime.folderConfig(folder).notice().ifPresent(to::println);
      return;
    }
    for (ResolvedTarget target : runtime.targets()) {
      try (SamplerRuntime one = SamplerRuntime.open(target, environment)) {
        one.folderConfig(folder.resolve(target.name()))
            .notice()
            .ifPresent(notice -> to.println("target " + target.name() + ": " + notice));
      }
    }
  }

  /** Each target's folder walked; they run at once, so the longest is the wall time. */
  private void planFleet(
      SamplerRuntime runtime, Path folder, OptionalLong capacity, PrintWriter out) {
    if (format.list) {
      throw new ParameterException(
          spec.commandLine(),
          "--list shows one folder, and a fleet has one per target: leave --list out");
    }
    Map<String, PlanWalk> walks = new LinkedHashMap<>();
    for (ResolvedTarget target : runtime.targets()) {
      try (SamplerRuntime one = SamplerRuntime.open(target, environment)) {
        walks.put(
            target.name(),
            one.walkPlan(folder.resolve(target.name()), capacity, EstimateListener.NONE));
      }
    }
    if (format.json) {
      new TargetsPlanJson().writeFleet(walks, out);
    } else {
      new TargetsPlanText(config.source()).writeFleet(walks, out);
    }
  }

  private SearchSettings.Mode searchMode(String text) {
    for (SearchSettings.Mode mode : SearchSettings.Mode.values()) {
      if (mode.key().equals(text)) {
        return mode;
      }
    }
    throw new ParameterException(
        spec.commandLine(), "--search must be grid or frontier, got \"" + text + "\"");
  }
}
