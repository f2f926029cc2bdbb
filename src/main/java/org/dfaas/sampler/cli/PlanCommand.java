package org.dfaas.sampler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.cli.render.PlanList;
import org.dfaas.sampler.cli.render.RunPlanFormat;
import org.dfaas.sampler.cli.render.SearchJson;
import org.dfaas.sampler.cli.render.SearchList;
import org.dfaas.sampler.cli.render.SearchText;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.runtime.RunPlan;
import org.dfaas.sampler.runtime.SamplerEnvironment;
import org.dfaas.sampler.runtime.SamplerRuntime;
import org.dfaas.sampler.runtime.SearchWalk;
import org.dfaas.sampler.search.ClassificationListener;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Mixin PlanOptions options;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print one JSON object and nothing else.")
    boolean json;

    @Option(
        names = "--list",
        description =
            "Print one line per configuration: n, id, pairs, status (todo/done/dominated); with"
                + " --search or --replay: n, id, pairs, status, implied_by.")
    boolean list;
  }

  PlanCommand(SamplerEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    options.validate(spec.commandLine());
    SamplerConfig samplerConfig = config.load(environment).config();
    OptionalLong capacity = options.capacity();
    if (options.asked()) {
      runSearch(samplerConfig, capacity);
      return ExitCode.OK;
    }
    PrintWriter out = environment.out();
    try (SamplerRuntime runtime = SamplerRuntime.open(samplerConfig, environment)) {
      Path folder = output.folder(environment, samplerConfig);
      RunPlan plan =
          runtime.plan(folder, capacity, format.list ? new PlanList(out) : EstimateListener.NONE);
      if (!format.list) {
        new RunPlanFormat(format.json, config.source()).write(plan, out);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  /** {@code --search}/{@code --replay}: the search run against assumed or recorded outcomes. */
  private void runSearch(SamplerConfig samplerConfig, OptionalLong capacity) {
    PrintWriter out = environment.out();
    try (SamplerRuntime runtime =
        SamplerRuntime.open(options.applyTo(samplerConfig), environment)) {
      SearchWalk walk =
          runtime.searchPlan(
              capacity,
              options.replay,
              options.inFlight,
              format.list ? new SearchList(out) : ClassificationListener.NONE);
      if (!format.list) {
        (format.json ? new SearchJson() : new SearchText()).write(walk, out);
      }
    }
    out.flush();
  }
}
