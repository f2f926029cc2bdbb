package org.dfaas.sampler.export;

/**
 * Told how far an export has read, for a progress line on large folders. Called on the exporting
 * thread only.
 */
@FunctionalInterface
public interface ExportProgress {

  /** Every {@link DatasetExport#PROGRESS_EVERY} rows: the rows read so far. */
  void rowsRead(long rows);

  /** Says nothing. */
  ExportProgress NONE = rows -> {};
}
