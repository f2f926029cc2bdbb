package org.dfaas.sampler.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.dfaas.sampler.k6.K6Load;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One function's open-model load, with the semantics of k6's {@code constant-arrival-rate} executor
 * as the campaign's scripts configure it (compat §5): arrivals every 1/rate seconds on the clock
 * for the duration, at most max(1, rate) requests in flight, an arrival finding none free dropped
 * and counted. Arrivals are scheduled from the start time, never from the previous reply, so a slow
 * function does not slow the load down (no coordinated omission).
 *
 * <p>Not thread-safe: one {@link #run} per instance, on the calling thread, which sleeps between
 * arrivals; replies complete on the HTTP client's threads.
 */
final class ConstantArrivalRate {

  private static final Logger LOG = LoggerFactory.getLogger(ConstantArrivalRate.class);

  private final HttpClient http;
  private final K6Load load;
  private final HttpRequest request;
  private final Duration requestTimeout;
  private final LongSupplier nanoTime;

  /**
   * @throws IllegalArgumentException when the function's method or headers cannot be sent by the
   *     JDK client (a restricted header such as {@code Host} or {@code Content-Length})
   */
  ConstantArrivalRate(
      HttpClient http, K6Load load, Duration requestTimeout, LongSupplier nanoTime) {
    this.http = http;
    this.load = load;
    this.requestTimeout = requestTimeout;
    this.nanoTime = nanoTime;
    this.request = request(load, requestTimeout);
  }

  private static HttpRequest request(K6Load load, Duration timeout) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(load.url())).timeout(timeout);
    for (Map.Entry<String, String> header : load.function().headers().entrySet()) {
      builder.header(header.getKey(), header.getValue());
    }
    String body = load.function().body();
    return builder
        .method(
            load.function().method(),
            body.isEmpty()
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /**
   * Drives the load from {@code startNanos} (on {@code nanoTime}'s clock) for {@code duration},
   * then waits for the requests still in flight, which each end within the request timeout.
   *
   * @throws InterruptedException when interrupted; requests in flight are left to their timeouts
   */
  LoadStats run(long startNanos, Duration duration) throws InterruptedException {
    LoadStats stats = new LoadStats();
    int slots = Math.max(1, load.rate());
    Semaphore inFlight = new Semaphore(slots);
    long durationNanos = duration.toNanos();
    double periodNanos = 1e9 / load.rate();
    for (long i = 0; ; i++) {
      long due = startNanos + (long) (i * periodNanos);
      if (due - startNanos >= durationNanos) {
        break;
      }
      waitUntil(due);
      stats.arrival(nanoTime.getAsLong() - due);
      if (!inFlight.tryAcquire()) {
        stats.dropped();
        continue;
      }
      send(stats, inFlight);
    }
    long drain = requestTimeout.toMillis() + 1000;
    if (!inFlight.tryAcquire(slots, drain, TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(
          "requests to " + load.url() + " still in flight " + drain + " ms after the load ended");
    }
    return stats;
  }

  /**
   * Sends one request whose deadline covers the whole reply: the client's own timeout ends when the
   * headers arrive, so a function that stalls mid-body would hold its slot for ever; here it is a
   * failed request at the deadline, and its connection is dropped.
   */
  private void send(LoadStats stats, Semaphore inFlight) {
    long sent = nanoTime.getAsLong();
    AtomicReference<DiscardedBody> body = new AtomicReference<>();
    AtomicBoolean abandoned = new AtomicBoolean();
    CompletableFuture<HttpResponse<Void>> reply =
        http.sendAsync(
            request,
            info -> {
              DiscardedBody discarded = new DiscardedBody();
              body.set(discarded);
              if (abandoned.get()) {
                // The deadline passed while the headers came: read nothing of the body.
                discarded.cancel();
              }
              return discarded;
            });
    reply
        .orTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete(
            (response, error) -> {
              // An error (refused, reset, timed out) is a failed request, as k6 counts it.
              if (error != null) {
                LOG.debug("request to {} failed: {}", load.url(), error.toString());
                abandoned.set(true);
                DiscardedBody started = body.get();
                if (started != null) {
                  started.cancel();
                }
              }
              boolean ok =
                  error == null && response.statusCode() >= 200 && response.statusCode() < 300;
              stats.completed(nanoTime.getAsLong() - sent, ok);
              inFlight.release();
            });
  }

  private void waitUntil(long due) throws InterruptedException {
    while (true) {
      long left = due - nanoTime.getAsLong();
      if (left <= 0) {
        return;
      }
      LockSupport.parkNanos(left);
      if (Thread.interrupted()) {
        throw new InterruptedException("load of " + load.url() + " interrupted");
      }
    }
  }
}
