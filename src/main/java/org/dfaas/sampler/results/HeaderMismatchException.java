package org.dfaas.sampler.results;

import java.nio.file.Path;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/** An existing output file laid out for other functions than this campaign's. */
public final class HeaderMismatchException extends SamplerException {

  private static final long serialVersionUID = 1L;

  HeaderMismatchException(Path file, String expected, String found) {
    super(
        file
            + " was written for another campaign: its header is\n  "
            + found
            + "\nbut this campaign writes\n  "
            + expected,
        ExitCode.BAD_INPUT,
        "an output folder holds one campaign: give this one its own output_dir (or --output), or"
            + " run it with the functions the folder was made with",
        null);
  }
}
