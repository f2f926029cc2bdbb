package org.dfaas.sampler.results;

import java.util.List;
import java.util.Objects;

/**
 * A results file read back: dfaas-sampler's {@code results.csv}, the old tool's, or one written by
 * the DFaaS project's own sampler.
 *
 * @param source the file, for messages
 * @param functions the functions of the header, in the header's order (sorted in ours and the old
 *     tool's files, as given in the DFaaS sampler's)
 * @param rows the complete rows, in file order
 * @param torn whether a cut-short last line was left out (a running campaign may be writing it)
 */
public record RecordedResults(
    String source, List<String> functions, List<RecordedRow> rows, boolean torn) {

  public RecordedResults {
    Objects.requireNonNull(source, "source");
    functions = List.copyOf(functions);
    rows = List.copyOf(rows);
  }
}
