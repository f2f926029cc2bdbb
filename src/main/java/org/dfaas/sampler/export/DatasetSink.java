package org.dfaas.sampler.export;

import java.io.Closeable;
import java.io.IOException;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.RecordedRow;

/** Where an export writes one dataset: each measured row, then what was not measured. */
interface DatasetSink extends Closeable {

  /** One measured iteration, run by {@code target} (never empty). */
  void row(RecordedRow row, String target) throws IOException;

  /**
   * A configuration skipped as dominated or inferred overloaded, once all rows are written; a
   * format that holds only measurements ignores it.
   *
   * @return whether it was written
   */
  boolean predictedOverload(Configuration configuration) throws IOException;
}
