package org.dfaas.sampler.results;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The sorted, distinct function names of a campaign: the columns of {@code results.csv} and {@code
 * skipped.csv} are laid out by these, whatever the order of the config file.
 */
final class CampaignFunctions {

  private CampaignFunctions() {}

  static List<String> sorted(Collection<String> names) {
    names.forEach(name -> Objects.requireNonNull(name, "function name"));
    TreeSet<String> distinct = new TreeSet<>(names);
    if (distinct.isEmpty()) {
      throw new IllegalArgumentException("a campaign has at least one function");
    }
    return List.copyOf(distinct);
  }

  static void requireKnown(List<String> campaign, Collection<String> names, String what) {
    for (String name : names) {
      if (!campaign.contains(name)) {
        throw new IllegalArgumentException(
            what + " has function " + name + ", which is not one of the campaign's " + campaign);
      }
    }
  }
}
