package org.dfaas.sampler.config;

import java.util.ArrayList;
import java.util.List;

/** The rates the user lists, sorted, duplicates removed. */
public record CustomRates(List<Integer> listed) implements RateStrategy {

  public CustomRates {
    listed = List.copyOf(listed);
  }

  @Override
  public String type() {
    return "custom";
  }

  @Override
  public int[] rates() {
    return listed.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    List<ConfigProblem> problems = new ArrayList<>();
    if (listed.isEmpty()) {
      problems.add(new ConfigProblem(path + ".rates", "must list at least one rate"));
    }
    for (int i = 0; i < listed.size(); i++) {
      if (listed.get(i) < 0) {
        problems.add(
            new ConfigProblem(path + ".rates[" + i + "]", "must be ≥ 0, got " + listed.get(i)));
      }
    }
    return problems;
  }
}
