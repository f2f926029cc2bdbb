package org.dfaas.sampler;

import java.net.http.HttpResponse.BodySubscriber;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A reply body that its reader can abandon: {@link #cancel} stops reading and the HTTP client drops
 * the connection, so a server that sends its headers and then stalls holds nothing past a deadline.
 * Subclasses consume the bytes and complete {@link #result}.
 *
 * <p>Thread-safe: the HTTP client feeds it, a deadline cancels it.
 *
 * @param <T> what the body becomes
 */
public abstract class CancellableBody<T> implements BodySubscriber<T> {

  /** The body, completed by the subclass, or exceptionally by the client's error. */
  protected final CompletableFuture<T> result = new CompletableFuture<>();

  private volatile Flow.Subscription subscription;
  private volatile boolean cancelled;

  @Override
  public final CompletionStage<T> getBody() {
    return result;
  }

  @Override
  public final void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (cancelled) {
      subscription.cancel();
    } else {
      subscription.request(Long.MAX_VALUE);
    }
  }

  @Override
  public final void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  /** Stops reading; the client drops the connection. */
  public final void cancel() {
    cancelled = true;
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
  }
}
