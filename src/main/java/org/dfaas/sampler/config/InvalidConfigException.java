package org.dfaas.sampler.config;

import java.util.List;
import java.util.stream.Collectors;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/** A config that cannot be used, with every problem found in it (exit code 2). */
public final class InvalidConfigException extends SamplerException {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public InvalidConfigException(String source, List<ConfigProblem> problems) {
    super(
        describe(source, problems),
        ExitCode.BAD_INPUT,
        "fix the keys listed above; `dfaas-sampler validate -c FILE` checks a config without running"
            + " anything",
        null);
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in the order found. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String describe(String source, List<ConfigProblem> problems) {
    String noun = problems.size() == 1 ? "problem" : "problems";
    return problems.stream()
        .map(p -> "  " + p)
        .collect(
            Collectors.joining(
                "\n", "config " + source + " has " + problems.size() + " " + noun + ":\n", ""));
  }
}
