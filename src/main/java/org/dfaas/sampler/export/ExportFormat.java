package org.dfaas.sampler.export;

/** What {@code export} writes. */
public enum ExportFormat {
  /** The DFaaS project's sampler layout: a folder of {@code index.csv} and results files. */
  DFAAS,
  /** dfaas-sampler's own {@code results.csv} layout, one file of every target. */
  CSV,
  /** One JSON object per measured iteration, one per line. */
  JSONL;

  /** Whether the output is a folder (else one file). */
  public boolean writesFolder() {
    return this == DFAAS;
  }
}
