package org.dfaas.sampler.sandbox;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A reply body read and thrown away, as k6 does with {@code discardResponseBodies}, that can be
 * abandoned: {@link #cancel} drops the connection, so a function that sends its headers and then
 * stalls costs the load generator nothing past the request's deadline.
 *
 * <p>Thread-safe: the HTTP client feeds it, the deadline cancels it.
 */
final class DiscardedBody implements BodySubscriber<Void> {

  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;
  private volatile boolean cancelled;

  @Override
  public CompletionStage<Void> getBody() {
    return done;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (cancelled) {
      subscription.cancel();
    } else {
      subscription.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    // Discarded: only the status and the time count.
  }

  @Override
  public void onError(Throwable error) {
    done.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    done.complete(null);
  }

  /** Stops reading; the client drops the connection. */
  void cancel() {
    cancelled = true;
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
  }
}
