package org.dfaas.sampler.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Collects every problem and warning of one config, so all of them are reported at once. */
final class Problems {

  private final List<ConfigProblem> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final KeyPlaces keyPlaces = new KeyPlaces();

  /** Where each key read so far belongs, to tell a key at the wrong level where it goes. */
  KeyPlaces keyPlaces() {
    return keyPlaces;
  }

  void add(String path, String message) {
    problems.add(new ConfigProblem(path, message));
  }

  void addAll(List<ConfigProblem> more) {
    problems.addAll(more);
  }

  /**
   * Takes over the problems and warnings of {@code other} whose key path {@code keep} accepts (a
   * warning is matched by its whole text, which starts with its path).
   */
  void adopt(Problems other, Predicate<String> keep) {
    other.problems.stream().filter(problem -> keep.test(problem.path())).forEach(problems::add);
    other.warnings.stream().filter(keep).forEach(warnings::add);
  }

  void warn(String path, String message) {
    warnings.add(path + ": " + message);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<ConfigProblem> problems() {
    return List.copyOf(problems);
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }
}
