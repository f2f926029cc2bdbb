package org.dfaas.sampler.metrics;

import java.util.List;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/** A queries file that cannot be used, with every problem found in it (exit code 2). */
public final class QueryCatalogException extends SamplerException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * @param source the file (or {@code bundled queries.yml})
   * @param problems each naming the query concerned
   * @param cause the read or parse error, or {@code null}
   */
  public QueryCatalogException(String source, List<String> problems, Throwable cause) {
    super(
        "queries file "
            + source
            + " has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n  "
            + String.join("\n  ", problems),
        ExitCode.BAD_INPUT,
        "fix the queries file, or remove queries_path to use the bundled one",
        cause);
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
