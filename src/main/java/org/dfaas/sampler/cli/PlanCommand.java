package org.dfaas.sampler.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.plan.FunctionSet;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.PlanEstimate;
import org.dfaas.sampler.plan.PlanEstimator;
import org.dfaas.sampler.plan.PlanStatus;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.IndexReader;
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
          + " count what dominance would skip."
    })
final class PlanCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec CommandSpec spec;

  @Mixin ConfigOptions config;

  @Mixin OutputOption output;

  @Option(
      names = "--assume-capacity",
      paramLabel = "RPS",
      description =
          "Assume a configuration overloads the node exactly when the sum of its rates exceeds RPS.")
  Long assumedCapacity;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print one JSON object and nothing else.")
    boolean json;

    @Option(
        names = "--list",
        description =
            "Print one line per configuration: n, id, pairs, status (todo/done/dominated).")
    boolean list;
  }

  PlanCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    if (assumedCapacity != null && assumedCapacity < 0) {
      throw new ParameterException(
          spec.commandLine(), "--assume-capacity must be ≥ 0, got " + assumedCapacity);
    }
    SamplerConfig samplerConfig = config.load(environment).config();
    Path outputDir = output.folder(environment, samplerConfig);
    Path index = outputDir.resolve(ArtifactNames.INDEX_CSV);
    Set<ConfigKey> done = IndexReader.doneKeys(index);
    RecordedOutcomes recorded = RecordedOutcomes.read(outputDir, done, samplerConfig.iterations());
    Plan plan = Plan.of(samplerConfig);
    OptionalLong capacity =
        assumedCapacity == null ? OptionalLong.empty() : OptionalLong.of(assumedCapacity);
    PlanEstimator estimator = new PlanEstimator(plan);
    PrintWriter out = environment.out();
    if (format.list) {
      PlanListing listing = new PlanListing(out);
      estimator.estimate(done::contains, capacity, listing, recorded.overloaded());
      listing.flush();
      return ExitCode.OK;
    }
    PlanEstimate estimate =
        estimator.estimate(done::contains, capacity, EstimateListener.NONE, recorded.overloaded());
    long seconds = worstCaseSeconds(samplerConfig, estimate.toRun());
    if (format.json) {
      out.println(json(estimate, recorded, seconds));
    } else {
      new PlanReport(out)
          .print(
              config.source(), samplerConfig, plan, estimate, recorded, index, capacity, seconds);
    }
    return ExitCode.OK;
  }

  /** To run × iterations × (duration + the longest cooldown), in whole seconds rounded up. */
  static long worstCaseSeconds(SamplerConfig config, long toRun) {
    long perIterationMillis =
        config.duration().millis() + config.cooldown().maxWaitSeconds() * 1000L;
    long millis =
        Math.multiplyExact(Math.multiplyExact(toRun, config.iterations()), perIterationMillis);
    return (millis + 999) / 1000;
  }

  private static String json(PlanEstimate estimate, RecordedOutcomes recorded, long seconds) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("configurations", estimate.configurations());
    node.put("done", estimate.done());
    node.put("dominated", estimate.dominated());
    node.put("to_run", estimate.toRun());
    node.put("assumed_overloaded", estimate.assumedOverloaded());
    node.put("overloaded_before", recorded.overloaded().size());
    node.put("failed_before", recorded.failedNotDone());
    node.put("estimated_seconds", seconds);
    return node.toString();
  }

  /** Prints {@code --list} lines as the walk produces them; nothing is kept. */
  private static final class PlanListing implements EstimateListener {

    private final PrintWriter out;
    private final StringBuilder line = new StringBuilder(128);

    PlanListing(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void configuration(
        long ordinal, FunctionSet set, int[] rates, PlanStatus status, boolean assumedOverloaded) {
      line.setLength(0);
      line.append(ordinal).append('\t').append(set.configuration(rates).id()).append('\t');
      for (int i = 0; i < rates.length; i++) {
        if (i > 0) {
          line.append(',');
        }
        line.append(set.names().get(i)).append('=').append(rates[i]);
      }
      line.append('\t').append(statusWord(status)).append('\n');
      out.write(line.toString());
    }

    private static String statusWord(PlanStatus status) {
      return switch (status) {
        case DOMINATED -> "dominated";
        case DONE -> "done";
        case TO_RUN -> "todo";
      };
    }

    void flush() {
      out.flush();
    }
  }
}
