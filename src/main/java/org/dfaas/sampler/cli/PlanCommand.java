package org.dfaas.sampler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.cli.render.PlanList;
import org.dfaas.sampler.cli.render.SearchJson;
import org.dfaas.sampler.cli.render.SearchList;
import org.dfaas.sampler.cli.render.SearchText;
import org.dfaas.sampler.cli.render.TargetsPlanJson;
import org.dfaas.sampler.cli.render.TargetsPlanText;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.runtime.RunPlan;
import org.dfaas.sampler.runtime.SamplerRuntime;
import org.dfaas.sampler.runtime.SearchWalk;
import org.dfaas.sampler.search.ClassificationListener;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
final class PlanCommand extends EnvironmentCommand {

  @Spec CommandSpec spec;

  @Mixin ConfigOptions config;

  @Mixin OutputOption output;

  @Mixin PlanSearchOptions search;

  @ArgGroup(exclusive = true)
  PlanFormat format = new PlanFormat();

  @Override
  public Integer call() {
    search.check(spec.commandLine());
    SamplerConfig samplerConfig = config.load(environment).config();
    PrintWriter out = environment.out();
    try {
      if (search.runsSearch()) {
        runSearch(search.searched(samplerConfig, spec.commandLine()), out);
      } else {
        walk(samplerConfig, out);
      }
    } finally {
      out.flush();
    }
    return ExitCode.OK;
  }

  /** The plan walked over the run's folders, as the runtime shapes them (one, a pool, a fleet). */
  private void walk(SamplerConfig samplerConfig, PrintWriter out) {
    try (SamplerRuntime runtime = SamplerRuntime.open(samplerConfig, environment)) {
      Path folder = output.folder(environment, samplerConfig);
      // What run will make of the folder first; beside a JSON document or a list, on stderr.
      PrintWriter notices = format.json || format.list ? environment.err() : out;
      runtime.folderNotices(folder).forEach(notices::println);
      EstimateListener listener =
          format.list ? new PlanList(out, runtime.folderFrontier(folder)) : EstimateListener.NONE;
      RunPlan plan = runtime.plan(folder, search.capacity(), listener);
      if (format.json) {
        new TargetsPlanJson().write(plan, out);
      } else if (!format.list) {
        new TargetsPlanText(config.source()).write(plan, out);
      }
    }
  }

  /** {@code --search}/{@code --replay}: the search run against assumed or recorded outcomes. */
  private void runSearch(SamplerConfig samplerConfig, PrintWriter out) {
    try (SamplerRuntime runtime = SamplerRuntime.open(samplerConfig, environment)) {
      ClassificationListener listener =
          format.list ? new SearchList(out) : ClassificationListener.NONE;
      SearchWalk walk =
          runtime.searchPlan(search.capacity(), search.replayRequest(), search.inFlight, listener);
      if (!format.list) {
        (format.json ? new SearchJson() : new SearchText()).write(walk, out);
      } else if (walk.cores() != null && !walk.cores().known()) {
        environment.warn(walk.cores().describe());
      }
    }
  }
}
