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
    Map<Configuration, IterationAggregate> rows = new LinkedHashMap<>(campaign.measured());
    Set<Configuration> skipped = new HashSet<>(campaign.skipped());
    skipped.forEach(c -> rows.putIfAbsent(c, null));
    Map<Configuration, String> searchStatus = new HashMap<>();
    for (FrontierRow row : campaign.frontier()) {
      searchStatus.put(row.configuration(), row.status());
      if (row.status().startsWith("inferred_")) {
        rows.putIfAbsent(row.configuration(), null);
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
    return configurations.stream().filter(ConfigurationResult::measured).toList();
  }

  /** The configurations of {@code status}. */
  public List<ConfigurationResult> withStatus(ConfigurationResult.Status status) {
    return configurations.stream().filter(c -> c.status() == status).toList();
  }

  /** The configurations of {@code function} alone, by rate (see {@link #view}). */
  public List<ConfigurationResult> singles(String function) {
    return view(List.of(function));
  }

  /**
   * The configurations of the two functions {@code first} and {@code second} (see {@link #view}).
   */
  public List<ConfigurationResult> pairs(String first, String second) {
    return view(List.of(first, second));
  }

  /**
   * The configurations that load {@code functions} and nothing else, one per combination of their
   * rates, in plan order. A function at rate 0 counts as absent: a row of the DFaaS project's
   * sampler lists every function, most at rate 0, and its {@code a=10, b=0, c=0} is {@code a} alone
   * at 10. Where several configurations load the same, the one of exactly these functions is taken,
   * else the one with fewest functions, else the first in plan order.
   */
  public List<ConfigurationResult> view(List<String> functions) {
    List<String> names = functions.stream().sorted().toList();
    Map<List<Integer>, ConfigurationResult> chosen = new LinkedHashMap<>();
    for (ConfigurationResult result : configurations) {
      Configuration c = result.configuration();
      if (!loadsOnly(c, names)) {
        continue;
      }
      List<Integer> rates = names.stream().map(c::rateOf).toList();
      ConfigurationResult before = chosen.get(rates);
      if (before == null || preferred(result, before, names)) {
        chosen.put(rates, result);
      }
    }
    List<ConfigurationResult> view = new ArrayList<>(chosen.values());
    view.sort(
        Comparator.comparing(
            r -> names.stream().mapToInt(r.configuration()::rateOf).toArray(),
            java.util.Arrays::compare));
    return List.copyOf(view);
  }

  private static boolean loadsOnly(Configuration c, List<String> names) {
    if (!c.functionNames().containsAll(names)) {
      return false;
    }
    return c.pairs().stream().allMatch(p -> names.contains(p.function()) || p.rate() == 0);
  }

  private static boolean preferred(
      ConfigurationResult candidate, ConfigurationResult before, List<String> names) {
    boolean exact = candidate.configuration().functionNames().equals(names);
    boolean exactBefore = before.configuration().functionNames().equals(names);
    if (exact != exactBefore) {
      return exact;
    }
    return candidate.size() < before.size();
  }

  /**
   * Whether {@link #view} of {@code functions} is worth showing: a configuration of exactly these
   * functions exists, or one that loads every one of them.
   */
  public boolean hasView(List<String> functions) {
    List<String> names = functions.stream().sorted().toList();
    return view(names).stream()
        .anyMatch(
            r ->
                r.configuration().functionNames().equals(names)
                    || names.stream().allMatch(f -> r.configuration().rateOf(f) > 0));
  }

  /** Every pair of campaign functions that has a view, in name order. */
  public List<List<String>> functionPairs() {
    return combinations(2);
  }

  /** Every three campaign functions that have a view, in name order. */
  public List<List<String>> functionTriples() {
    return combinations(3);
  }

  private List<List<String>> combinations(int size) {
    List<String> functions = campaign.functions().stream().sorted().toList();
    List<List<String>> found = new ArrayList<>();
    addCombinations(functions, size, 0, new ArrayList<>(), found);
    return found;
  }

  private void addCombinations(
      List<String> functions, int size, int from, List<String> picked, List<List<String>> found) {
    if (picked.size() == size) {
      if (hasView(picked)) {
        found.add(List.copyOf(picked));
      }
      return;
    }
    for (int i = from; i < functions.size(); i++) {
      picked.add(functions.get(i));
      addCombinations(functions, size, i + 1, picked, found);
      picked.remove(picked.size() - 1);
    }
  }
}
