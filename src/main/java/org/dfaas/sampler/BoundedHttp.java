package org.dfaas.sampler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange with a deadline on all of it and a cap on the reply's size. The JDK client's
 * request timeout ends when the headers arrive: a server that sends them and then stalls would hold
 * the caller forever, and one that streams without end would fill the heap. Here the deadline
 * covers the body too, and a body past the cap ends the exchange; either way the connection is
 * dropped.
 *
 * <p>Thread-safe: stateless.
 */
public final class BoundedHttp {

  /** The largest reply body read: far above any Prometheus or gateway reply the tool asks for. */
  public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  private BoundedHttp() {}

  /** A reply larger than the cap. */
  public static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long limit) {
      super("reply larger than " + limit + " bytes");
    }
  }

  /**
   * Sends {@code request} and reads the whole reply as UTF-8 within {@code deadline}.
   *
   * @throws HttpTimeoutException when the whole reply did not arrive within the deadline
   * @throws BodyTooLargeException when the body is larger than {@code maxBytes}
   * @throws IOException when the exchange fails
   * @throws InterruptedException when interrupted; the exchange is abandoned
   */
  public static HttpResponse<String> send(
      HttpClient http, HttpRequest request, Duration deadline, int maxBytes)
      throws IOException, InterruptedException {
    CappedBody[] body = new CappedBody[1];
    CompletableFuture<HttpResponse<String>> reply =
        http.sendAsync(
            request,
            info -> {
              body[0] = new CappedBody(maxBytes);
              return body[0];
            });
    try {
      return reply.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abandon(reply, body[0]);
      throw new HttpTimeoutException(
          "no complete reply within " + deadline.toMillis() + " ms (headers and body)");
    } catch (InterruptedException e) {
      abandon(reply, body[0]);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(String.valueOf(cause), cause);
    }
  }

  /** Same, with {@link #MAX_BODY_BYTES}. */
  public static HttpResponse<String> send(HttpClient http, HttpRequest request, Duration deadline)
      throws IOException, InterruptedException {
    return send(http, request, deadline, MAX_BODY_BYTES);
  }

  private static void abandon(CompletableFuture<?> reply, CappedBody body) {
    reply.cancel(true);
    if (body != null) {
      body.cancel();
    }
  }

  /** Collects the body up to a cap; cancelling drops the connection. */
  private static final class CappedBody extends CancellableBody<String> {

    private final int maxBytes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    CappedBody(int maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        if (bytes.size() + (long) buffer.remaining() > maxBytes) {
          cancel();
          result.completeExceptionally(new BodyTooLargeException(maxBytes));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public synchronized void onComplete() {
      result.complete(bytes.toString(StandardCharsets.UTF_8));
    }
  }
}
