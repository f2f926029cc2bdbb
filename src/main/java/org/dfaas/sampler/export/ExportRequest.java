package org.dfaas.sampler.export;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One export.
 *
 * @param source the output folder: a campaign's (one target or a pool's) or a fleet's (one folder
 *     per target)
 * @param format what to write
 * @param out the folder ({@link ExportFormat#DFAAS}) or file to write; must not hold anything yet
 * @param target only the rows of this target; empty for every target
 */
public record ExportRequest(Path source, ExportFormat format, Path out, Optional<String> target) {

  public ExportRequest {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(target, "target");
  }
}
