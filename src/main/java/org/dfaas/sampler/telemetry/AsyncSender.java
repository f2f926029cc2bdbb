package org.dfaas.sampler.telemetry;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands items to a slow, unreliable receiver without ever making the caller wait: {@link #offer}
 * puts an item in a bounded queue (dropping it when full), and one thread of its own sends them in
 * batches. A failed batch is counted and dropped, never retried into a growing backlog. {@link
 * #close} gives the queue a short time to drain, then stops the thread.
 *
 * <p>Thread-safe: any thread may offer.
 *
 * @param <T> what is sent
 */
final class AsyncSender<T> implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AsyncSender.class);

  /** Sends one batch; any exception only counts the batch as lost. */
  @FunctionalInterface
  interface BatchSink<T> {
    void send(List<T> batch) throws IOException, InterruptedException;
  }

  /**
   * How the sender batches and stops.
   *
   * @param capacity items waiting at most; more are dropped
   * @param maxBatch items per batch at most
   * @param linger how long a batch waits for more items after its first
   * @param drainTime how long {@link #close} lets the queue drain
   */
  record Options(int capacity, int maxBatch, Duration linger, Duration drainTime) {}

  private final String name;
  private final BlockingQueue<T> queue;
  private final Options options;
  private final BatchSink<T> sink;
  private final Thread thread;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failedBatches = new AtomicLong();
  private volatile boolean closing;
  private volatile String lastFailure;

  AsyncSender(String name, Options options, BatchSink<T> sink) {
    this.name = name;
    this.options = options;
    this.sink = sink;
    this.queue = new ArrayBlockingQueue<>(options.capacity());
    this.thread = new Thread(this::loop, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues {@code item}; false (and counted as dropped) when the queue is full or closed. */
  boolean offer(T item) {
    if (closing || !queue.offer(item)) {
      dropped.incrementAndGet();
      return false;
    }
    return true;
  }

  /** Items never sent: queue full, closed, or in a batch that failed. */
  long dropped() {
    return dropped.get();
  }

  private void loop() {
    List<T> batch = new ArrayList<>();
    try {
      while (!closing || !queue.isEmpty()) {
        T first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        long until = System.nanoTime() + options.linger().toNanos();
        while (batch.size() < options.maxBatch() && !closing) {
          T next = queue.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
          if (next == null) {
            break;
          }
          batch.add(next);
        }
        queue.drainTo(batch, options.maxBatch() - batch.size());
        sendOne(batch);
        batch.clear();
      }
    } catch (InterruptedException e) {
      dropped.addAndGet(batch.size() + queue.size());
      queue.clear();
      Thread.currentThread().interrupt();
    }
  }

  private void sendOne(List<T> batch) throws InterruptedException {
    try {
      sink.send(List.copyOf(batch));
    } catch (IOException | RuntimeException e) {
      dropped.addAndGet(batch.size());
      lastFailure = e.getMessage();
      if (failedBatches.incrementAndGet() == 1) {
        LOG.warn("{}: not sent ({}); the campaign goes on without it", name, e.getMessage());
      } else {
        LOG.debug("{}: not sent ({})", name, e.getMessage());
      }
    }
  }

  /** Lets the queue drain for a short while, then stops the thread; says what was lost. */
  @Override
  public void close() {
    closing = true;
    try {
      thread.join(options.drainTime().toMillis());
      if (thread.isAlive()) {
        thread.interrupt();
        thread.join(1000);
      }
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
    }
    long lost = dropped.get();
    if (lost > 0) {
      LOG.warn(
          "{}: {} item(s) not sent{}",
          name,
          lost,
          lastFailure == null ? " (queue full or closed)" : " (last error: " + lastFailure + ")");
    }
  }
}
