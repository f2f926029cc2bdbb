package org.dfaas.sampler.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote and what it left out.
 *
 * @param rows measured iterations written
 * @param configurations distinct measured configurations among them
 * @param predictedOverloads configurations skipped as dominated or inferred overloaded, written as
 *     predicted overloads (DFaaS format only; counted once per target's index)
 * @param inferredNotOverloaded configurations a frontier search inferred not overloaded: never
 *     measured, left out
 * @param failed configurations that failed and have no measured row: left out
 * @param tornRows last rows left out because they were still being written
 * @param written the files or folders written, in order
 */
public record ExportSummary(
    long rows,
    long configurations,
    long predictedOverloads,
    long inferredNotOverloaded,
    long failed,
    long tornRows,
    List<Path> written) {

  public ExportSummary {
    written = List.copyOf(written);
  }
}
