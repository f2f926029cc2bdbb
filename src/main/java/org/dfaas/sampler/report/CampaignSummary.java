package org.dfaas.sampler.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.FrontierRow;

/**
 * A campaign grouped by configuration: what every section of the report counts and draws from.
 * Configurations come in plan order (by size, then names, then rates), so tables and charts read
 * like the campaign ran.
 */
public final class CampaignSummary {

  private final Campaign campaign;
  private final List<ConfigurationResult> configurations;

  /** Groups the rows of {@code campaign} by configuration. */
  public CampaignSummary(Campaign campaign) {
    this.campaign = campaign;
    Map<Configuration, List<IterationSample>> rows = new LinkedHashMap<>();
    for (IterationSample iteration : campaign.iterations()) {
      rows.computeIfAbsent(iteration.configuration(), c -> new ArrayList<>()).add(iteration);
    }
    Set<Configuration> skipped = new HashSet<>(campaign.skipped());
    skipped.forEach(c -> rows.putIfAbsent(c, List.of()));
    Map<Configuration, String> searchStatus = new HashMap<>();
    for (FrontierRow row : campaign.frontier()) {
      searchStatus.put(row.configuration(), row.status());
      if (row.status().startsWith("inferred_")) {
        rows.putIfAbsent(row.configuration(), List.of());
      }
    }
    Set<ConfigKey> done = new HashSet<>(campaign.done());
    List<ConfigurationResult> results = new ArrayList<>();
    rows.forEach(
        (c, its) ->
            results.add(
                new ConfigurationResult(
                    c,
                    its,
                    skipped.contains(c),
                    done.contains(c.key()),
                    searchStatus.getOrDefault(c, ""))));
    results.sort(PLAN_ORDER);
    this.configurations = List.copyOf(results);
  }

  private static final Comparator<ConfigurationResult> PLAN_ORDER =
      Comparator.comparingInt(ConfigurationResult::size)
          .thenComparing(r -> String.join("\u0000", r.configuration().functionNames()))
          .thenComparing(r -> r.configuration().rates(), java.util.Arrays::compare);

  /** The campaign it summarises. */
  public Campaign campaign() {
    return campaign;
  }

  /**
   * Every configuration that has rows, is listed as skipped or is inferred in {@code frontier.csv},
   * in plan order.
   */
  public List<ConfigurationResult> configurations() {
    return configurations;
  }

  /** The configurations with at least one row. */
  public List<ConfigurationResult> run() {
    return configurations.stream().filter(c -> !c.iterations().isEmpty()).toList();
  }

  /** The configurations of {@code status}. */
  public List<ConfigurationResult> withStatus(ConfigurationResult.Status status) {
    return configurations.stream().filter(c -> c.status() == status).toList();
  }

  /** The configurations of {@code function} alone, by rate. */
  public List<ConfigurationResult> singles(String function) {
    return configurations.stream()
        .filter(c -> c.configuration().functionNames().equals(List.of(function)))
        .toList();
  }

  /** The configurations of exactly the two functions {@code first} and {@code second}. */
  public List<ConfigurationResult> pairs(String first, String second) {
    List<String> names = List.of(first, second).stream().sorted().toList();
    return configurations.stream()
        .filter(c -> c.configuration().functionNames().equals(names))
        .toList();
  }

  /** Every pair of campaign functions that has at least one configuration, in name order. */
  public List<List<String>> functionPairs() {
    List<List<String>> pairs = new ArrayList<>();
    List<String> functions = campaign.functions().stream().sorted().toList();
    for (int i = 0; i < functions.size(); i++) {
      for (int j = i + 1; j < functions.size(); j++) {
        if (!pairs(functions.get(i), functions.get(j)).isEmpty()) {
          pairs.add(List.of(functions.get(i), functions.get(j)));
        }
      }
    }
    return pairs;
  }
}
