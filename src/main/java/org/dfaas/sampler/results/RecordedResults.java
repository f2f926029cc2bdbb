package org.dfaas.sampler.results;

import java.util.List;
import java.util.Objects;

/**
 * What reading a results file found besides its rows (which {@link ResultsFileReader} hands on one
 * at a time): dfaas-sampler's {@code results.csv}, the old tool's, or one written by the DFaaS
 * project's own sampler.
 *
 * @param source the file, for messages
 * @param functions the functions of the header, in the header's order (sorted in ours and the old
 *     tool's files, as given in the DFaaS sampler's)
 * @param rows how many complete rows were read
 * @param torn whether a torn last line was left out (a write failed or is going on)
 */
public record RecordedResults(String source, List<String> functions, long rows, boolean torn) {

  public RecordedResults {
    Objects.requireNonNull(source, "source");
    functions = List.copyOf(functions);
  }
}
