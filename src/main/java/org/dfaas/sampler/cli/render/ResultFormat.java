package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;

/**
 * One way of showing one kind of result (text for a human, JSON for a script); one class per
 * format. Implementations are stateless and thread-safe.
 *
 * @param <R> the result shown
 */
@FunctionalInterface
public interface ResultFormat<R> {

  /** Writes {@code result} to {@code out}; the caller flushes. */
  void write(R result, PrintWriter out);
}
