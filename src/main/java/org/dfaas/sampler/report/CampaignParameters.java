package org.dfaas.sampler.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.ToolVersion;
import org.dfaas.sampler.config.OverloadSettings;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.results.ArtifactNames;

/**
 * The parameters a reader of a paper needs to repeat a campaign: functions, rates, duration,
 * iterations, thresholds, search mode, run id and tool version. Taken from {@code campaign.yaml}
 * (the effective config the folder was started with) when there is one; otherwise from what the
 * folder shows (the functions and rates of its rows, the most iterations of a configuration), and
 * what it cannot show is said to be unknown rather than guessed.
 *
 * @param source where the values come from, for the reader
 * @param values the parameters, by name, in display order
 * @param targets the names of the targets {@code campaign.yaml} lists, in file order; empty without
 *     one, or for a campaign of one implicit target
 */
record CampaignParameters(String source, Map<String, String> values, List<String> targets) {

  private static final Pattern CAMPAIGN_START =
      Pattern.compile(
          " campaign (\\S+) on (?:target )?(.+?)(?: by dfaas-sampler ([^:]+))?: output in ");

  static final String UNKNOWN = "not recorded";

  CampaignParameters {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    targets = List.copyOf(targets);
  }

  /** The parameters of {@code summary}'s campaign. */
  static CampaignParameters of(CampaignSummary summary) {
    return of(summary, RecordedConfig.of(summary.campaign().folder()));
  }

  /** The parameters of {@code summary}'s campaign, started with {@code recorded}. */
  static CampaignParameters of(CampaignSummary summary, RecordedConfig recorded) {
    Path folder = summary.campaign().folder();
    Map<String, String> values = new LinkedHashMap<>();
    String source;
    String problem = recorded.problem();
    SamplerConfig config = recorded.config().orElse(null);
    if (config != null) {
      source = ArtifactNames.CAMPAIGN_YAML;
      fromConfig(config, values);
    } else {
      source =
          problem == null
              ? "the folder's files (no " + ArtifactNames.CAMPAIGN_YAML + ")"
              : "the folder's files ("
                  + ArtifactNames.CAMPAIGN_YAML
                  + " unreadable: "
                  + problem
                  + ")";
      fromFolder(summary, values);
    }
    fromLog(folder.resolve("campaign.log"), values);
    values.put("report written by", "dfaas-sampler " + ToolVersion.current());
    List<String> targets =
        config == null
            ? List.of()
            : config.targets().all().stream().map(org.dfaas.sampler.config.Target::name).toList();
    return new CampaignParameters(source, values, targets);
  }

  private static void fromConfig(SamplerConfig config, Map<String, String> values) {
    Plan plan = Plan.of(config);
    values.put("functions", String.join(", ", plan.functionNames()));
    Set<String> rateLines = new LinkedHashSet<>();
    for (String f : plan.functionNames()) {
      rateLines.add(f + ": " + joined(plan.ratesOf(f)));
    }
    values.put("rates (requests/s)", String.join("; ", rateLines));
    values.put(
        "functions per configuration",
        config.combinations().minFunctions() + " to " + (config.combinations().maxFunctions() - 1));
    values.put("configurations planned", String.valueOf(plan.size()));
    values.put("duration of an iteration", config.duration().text());
    values.put("iterations", String.valueOf(config.iterations()));
    OverloadSettings o = config.overload();
    values.put(
        "overload thresholds",
        "node CPU > "
            + num(o.cpuOverloadPctOfCapacity())
            + " % of capacity; node RAM > "
            + num(o.ramOverloadPct())
            + " %; mean success rate < "
            + num(o.successRateNodeMin())
            + "; function success rate < "
            + num(o.successRateFunctionMin())
            + "; replicas ≥ "
            + o.replicasOverloadThreshold());
    values.put(
        "search",
        config.search().mode().key() + ", iterations " + config.search().iterations().key());
    if (!config.targets().isEmpty()) {
      values.put(
          "targets (" + config.targets().mode().key() + ")",
          config.targets().all().size()
              + ": "
              + config.targets().all().stream()
                  .map(org.dfaas.sampler.config.Target::name)
                  .collect(Collectors.joining(", ")));
    }
    values.put(
        "run id (config)",
        config.runId() == null ? "not set: run-{unix seconds} of each session" : config.runId());
  }

  private static void fromFolder(CampaignSummary summary, Map<String, String> values) {
    Campaign campaign = summary.campaign();
    values.put("functions", String.join(", ", campaign.functions()));
    Map<String, TreeSet<Integer>> rates = new LinkedHashMap<>();
    campaign.functions().forEach(f -> rates.put(f, new TreeSet<>()));
    for (Configuration configuration : campaign.measured().keySet()) {
      configuration.pairs().forEach(p -> rates.get(p.function()).add(p.rate()));
    }
    values.put(
        "rates seen (requests/s)",
        rates.entrySet().stream()
            .map(e -> e.getKey() + ": " + joined(e.getValue().stream().mapToInt(i -> i).toArray()))
            .collect(Collectors.joining("; ")));
    values.put("duration of an iteration", UNKNOWN);
    int most =
        summary.configurations().stream()
            .mapToInt(ConfigurationResult::iterationCount)
            .max()
            .orElse(0);
    values.put("iterations", "at most " + most + " per configuration in the folder");
    values.put("overload thresholds", UNKNOWN + " (the overloaded_* columns hold the verdicts)");
    values.put(
        "search",
        campaign.frontier().isEmpty() ? "grid (no frontier.csv)" : "frontier (frontier.csv)");
  }

  private static void fromLog(Path log, Map<String, String> values) {
    List<String> runs = new ArrayList<>();
    Set<String> versions = new LinkedHashSet<>();
    if (Files.isRegularFile(log)) {
      try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
        lines.forEach(
            line -> {
              Matcher m = CAMPAIGN_START.matcher(line);
              if (m.find()) {
                String run = m.group(1) + " on " + m.group(2);
                if (!runs.contains(run)) {
                  runs.add(run);
                }
                versions.add(m.group(3) == null ? "an earlier build" : m.group(3).strip());
              }
            });
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new SamplerException("cannot read " + log + ": " + e.getMessage(), e);
      }
    }
    values.put("run ids (campaign.log)", runs.isEmpty() ? UNKNOWN : String.join(", ", runs));
    values.put(
        "tool version (campaign.log)",
        versions.isEmpty() ? UNKNOWN : "dfaas-sampler " + String.join(", ", versions));
  }

  private static String joined(int[] rates) {
    return Arrays.stream(rates).mapToObj(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String num(double value) {
    return new java.math.BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
  }
}
