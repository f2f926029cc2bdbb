package org.dfaas.sampler.campaign;

import java.nio.channels.ClosedByInterruptException;
import org.dfaas.sampler.SamplerException;

/** How a campaign, serial or pooled, treats a write of its output folder that fails. */
final class StoreWrites {

  private StoreWrites() {}

  /**
   * Runs one write of the output folder. Its failure stops the campaign (every later write would
   * fail too), unless it failed because the stop was asked for: an interrupt closes the file
   * channel under the write, which must read as the stop, not as a full disk.
   */
  static void run(Runnable write) throws InterruptedException {
    try {
      write.run();
    } catch (SamplerException e) {
      if (Thread.interrupted() || e.getCause() instanceof ClosedByInterruptException) {
        throw new InterruptedException("stopped while writing the output folder");
      }
      throw new CampaignStoppedException(e.getMessage(), e);
    }
  }
}
