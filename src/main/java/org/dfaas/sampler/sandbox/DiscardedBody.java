package org.dfaas.sampler.sandbox;

import java.nio.ByteBuffer;
import java.util.List;
import org.dfaas.sampler.CancellableBody;

/**
 * A reply body read and thrown away, as k6 does with {@code discardResponseBodies}, that the
 * request's deadline can abandon (a function that sends its headers and then stalls costs the load
 * generator nothing past it).
 */
final class DiscardedBody extends CancellableBody<Void> {

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    // Discarded: only the status and the time count.
  }

  @Override
  public void onComplete() {
    result.complete(null);
  }
}
