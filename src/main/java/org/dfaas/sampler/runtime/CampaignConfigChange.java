package org.dfaas.sampler.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dfaas.sampler.config.Combinations;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.SamplerConfig;

/**
 * How a config meets the one a campaign was started with, key by key: what it only widens (its plan
 * holds every configuration of the recorded one, each with at least as many iterations, measured
 * the same way), and what it changes (rows already written would mean something else, or the plan
 * loses configurations). A widening resumes; a change is refused unless forced.
 *
 * @param widenings what the config adds, in words ({@code rates 30, 40 added})
 * @param differences what it changes, each as {@code key (was X, now Y)}
 */
record CampaignConfigChange(List<String> widenings, List<String> differences) {

  /** The data keys compared as plans rather than as text: the rest must be equal. */
  static final List<String> PLAN_KEYS =
      List.of("functions", "rate_strategy", "iterations", "combinations");

  CampaignConfigChange {
    widenings = List.copyOf(widenings);
    differences = List.copyOf(differences);
  }

  /** Whether the config changes nothing that matters. */
  boolean same() {
    return widenings.isEmpty() && differences.isEmpty();
  }

  /** Whether the config only widens the campaign. */
  boolean widensOnly() {
    return !widenings.isEmpty() && differences.isEmpty();
  }

  /**
   * Compares the plan of {@code current} with that of {@code recorded}; {@code textDifferences} are
   * the differences of the other data keys, found in the two texts.
   */
  static CampaignConfigChange of(
      SamplerConfig recorded, SamplerConfig current, List<String> textDifferences) {
    List<String> widenings = new ArrayList<>();
    List<String> differences = new ArrayList<>(textDifferences);
    compareRates(recorded, current, widenings, differences);
    compareFunctions(recorded, current, widenings, differences);
    compareCombinations(recorded, current, widenings, differences);
    if (current.iterations() > recorded.iterations()) {
      widenings.add(
          "iterations raised from "
              + recorded.iterations()
              + " to "
              + current.iterations()
              + " (configurations already done get only the missing ones)");
    } else if (current.iterations() < recorded.iterations()) {
      differences.add(
          "iterations (was "
              + recorded.iterations()
              + ", now "
              + current.iterations()
              + "; configurations done hold more rows than that)");
    }
    return new CampaignConfigChange(widenings, differences);
  }

  private static void compareRates(
      SamplerConfig recorded, SamplerConfig current, List<String> widenings, List<String> out) {
    TreeSet<Integer> was = rates(recorded.rateStrategy().rates());
    TreeSet<Integer> now = rates(current.rateStrategy().rates());
    TreeSet<Integer> added = minus(now, was);
    // A rate above every function's cap was never in the plan: dropping it loses nothing.
    TreeSet<Integer> lost = minus(was, now);
    lost.removeIf(rate -> recorded.functions().stream().noneMatch(f -> f.allowsRate(rate)));
    if (!lost.isEmpty()) {
      out.add(
          "rate_strategy: "
              + plural("rate", lost)
              + " removed (was "
              + joined(was)
              + ", now "
              + joined(now)
              + ")");
    }
    if (!added.isEmpty()) {
      widenings.add(plural("rate", added) + " added");
    }
  }

  private static void compareFunctions(
      SamplerConfig recorded, SamplerConfig current, List<String> widenings, List<String> out) {
    Map<String, FunctionSpec> now = byName(current.functions());
    Map<String, FunctionSpec> was = byName(recorded.functions());
    for (FunctionSpec before : recorded.functions()) {
      FunctionSpec after = now.get(before.name());
      if (after == null) {
        out.add("functions: " + before.name() + " removed");
        continue;
      }
      String at = "functions[" + before.name() + "].";
      same(at + "method", before.method(), after.method(), out);
      same(at + "body", before.body(), after.body(), out);
      same(at + "headers", before.headers(), after.headers(), out);
      same(at + "image", before.image(), after.image(), out);
      compareCap(recorded, current, before, after, widenings, out);
    }
    List<String> added =
        current.functions().stream()
            .map(FunctionSpec::name)
            .filter(name -> !was.containsKey(name))
            .toList();
    if (!added.isEmpty()) {
      widenings.add((added.size() == 1 ? "function " : "functions ") + joined(added) + " added");
    }
  }

  /** A cap raised or lifted widens; one that cuts a rate the function was measured at changes. */
  private static void compareCap(
      SamplerConfig recorded,
      SamplerConfig current,
      FunctionSpec before,
      FunctionSpec after,
      List<String> widenings,
      List<String> out) {
    if (Objects.equals(before.maxRate(), after.maxRate())) {
      return;
    }
    boolean cuts =
        Arrays.stream(recorded.rateStrategy().rates())
            .anyMatch(rate -> before.allowsRate(rate) && !after.allowsRate(rate));
    String change =
        "functions["
            + before.name()
            + "].max_rate (was "
            + cap(before.maxRate())
            + ", now "
            + cap(after.maxRate())
            + ")";
    if (cuts) {
      out.add(change);
    } else if (Arrays.stream(current.rateStrategy().rates())
        .anyMatch(rate -> after.allowsRate(rate) && !before.allowsRate(rate))) {
      widenings.add(
          before.name()
              + "'s max_rate "
              + (after.maxRate() == null
                  ? "lifted (was " + before.maxRate() + ")"
                  : "raised from " + cap(before.maxRate()) + " to " + after.maxRate()));
    }
  }

  /**
   * Sizes are compared as the plan takes them: a size larger than the function count adds nothing
   * (one a function added brings is that function's widening).
   */
  private static void compareCombinations(
      SamplerConfig recorded, SamplerConfig current, List<String> widenings, List<String> out) {
    Combinations was = recorded.combinations();
    Combinations now = current.combinations();
    if (was.equals(now)) {
      return;
    }
    TreeSet<Integer> before = sizes(was, recorded.functions().size());
    TreeSet<Integer> after = sizes(now, current.functions().size());
    if (!after.containsAll(before)) {
      out.add(
          "combinations (was "
              + was.minFunctions()
              + " ≤ size < "
              + was.maxFunctions()
              + ", now "
              + now.minFunctions()
              + " ≤ size < "
              + now.maxFunctions()
              + ")");
    } else if (!minus(after, before).isEmpty()) {
      widenings.add("combinations of " + joined(minus(after, before)) + " functions added");
    }
  }

  private static TreeSet<Integer> sizes(Combinations combinations, int functions) {
    return IntStream.range(
            combinations.minFunctions(), Math.min(combinations.maxFunctions(), functions + 1))
        .boxed()
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void same(String key, Object was, Object now, List<String> out) {
    if (!Objects.equals(was, now)) {
      out.add(key + " (was " + shown(was) + ", now " + shown(now) + ")");
    }
  }

  private static String shown(Object value) {
    if (value == null) {
      return "not set";
    }
    String text = value.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private static String cap(Integer maxRate) {
    return maxRate == null ? "not set" : maxRate.toString();
  }

  private static Map<String, FunctionSpec> byName(List<FunctionSpec> functions) {
    return functions.stream().collect(Collectors.toMap(FunctionSpec::name, Function.identity()));
  }

  private static TreeSet<Integer> rates(int[] rates) {
    return Arrays.stream(rates).boxed().collect(Collectors.toCollection(TreeSet::new));
  }

  private static TreeSet<Integer> minus(TreeSet<Integer> a, TreeSet<Integer> b) {
    TreeSet<Integer> rest = new TreeSet<>(a);
    rest.removeAll(b);
    return rest;
  }

  private static String plural(String word, Collection<Integer> values) {
    return word + (values.size() == 1 ? " " : "s ") + joined(values);
  }

  private static String joined(Collection<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
