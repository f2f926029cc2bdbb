package org.dfaas.sampler.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One deployed function of the sandbox: its replicas, its in-flight limit ({@code max_inflight} per
 * replica, 429 beyond it as the OpenFaaS watchdog answers), its invocation count and its CPU and
 * memory accounting (per thread, from the JVM's thread MX bean).
 *
 * <p>Thread-safe: the server calls {@link #invoke} from many threads at once.
 */
final class FunctionEndpoint {

  private static final Logger LOG = LoggerFactory.getLogger(FunctionEndpoint.class);

  /** The largest request body a function reads; a larger one is answered 413, never buffered. */
  static final int MAX_REQUEST_BYTES = 1024 * 1024;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final SandboxFunction function;
  private final ReplicaScaler scaler;
  private final int maxInflightPerReplica;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong invocations = new AtomicLong();
  private final LongAdder cpuNanos = new LongAdder();
  private final LongAdder heldByteMicros = new LongAdder();

  FunctionEndpoint(SandboxFunction function, ReplicaScaler scaler, int maxInflightPerReplica) {
    this.function = function;
    this.scaler = scaler;
    this.maxInflightPerReplica = maxInflightPerReplica;
  }

  String name() {
    return function.functionName();
  }

  int replicas() {
    return scaler.replicas();
  }

  long invocations() {
    return invocations.get();
  }

  UsageCounters usage() {
    return new UsageCounters(cpuNanos.sum(), heldByteMicros.sum());
  }

  /**
   * Serves one request: 429 when every replica's slots are taken, else the function's reply. Its
   * CPU time and the memory it held count from here to the reply, as a function's container counts
   * its watchdog's work.
   */
  void invoke(HttpExchange exchange) throws IOException {
    long began = System.nanoTime();
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
    try {
      admit(exchange);
    } finally {
      cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpuBefore);
      long micros = (System.nanoTime() - began) / 1000;
      heldByteMicros.add((THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore) * micros);
    }
  }

  private void admit(HttpExchange exchange) throws IOException {
    scaler.recordRequest();
    invocations.incrementAndGet();
    int limit = scaler.replicas() * maxInflightPerReplica;
    if (inFlight.incrementAndGet() > limit) {
      inFlight.decrementAndGet();
      exchange.getRequestBody().close();
      SandboxServer.reply(
          exchange,
          429,
          "Concurrent request limit exceeded. Max concurrent requests: " + limit + "\n");
      return;
    }
    Reply reply;
    try {
      reply = serve(exchange);
    } finally {
      // The slot is free before the caller hears back, so its next request finds it free.
      inFlight.decrementAndGet();
    }
    SandboxServer.reply(exchange, reply.status(), reply.body());
  }

  private Reply serve(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_REQUEST_BYTES + 1);
    }
    if (body.length > MAX_REQUEST_BYTES) {
      return new Reply(413, "request body larger than " + MAX_REQUEST_BYTES + " bytes\n");
    }
    try {
      return new Reply(
          200, new String(function.handle(body, headers(exchange)), StandardCharsets.UTF_8));
    } catch (RuntimeException | OutOfMemoryError e) {
      // As a function's crash behind the watchdog: a 500 for the caller, a line for the operator.
      LOG.warn("sandbox function {} failed: {}", name(), e.toString());
      return new Reply(500, "function failed\n");
    }
  }

  private record Reply(int status, String body) {}

  private static Map<String, String> headers(HttpExchange exchange) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("Authorization")) {
        headers.put(header.getKey(), String.join(",", header.getValue()));
      }
    }
    return headers;
  }
}
