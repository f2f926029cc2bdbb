package org.dfaas.sampler.report;

import java.util.function.ToDoubleFunction;

/** What the report keeps the statistics of, for the node in each configuration. */
enum NodeValue implements ToDoubleFunction<IterationSample> {
  CPU(IterationSample::nodeCpu),
  RAM_PCT(IterationSample::nodeRamPct);

  private final ToDoubleFunction<IterationSample> read;

  NodeValue(ToDoubleFunction<IterationSample> read) {
    this.read = read;
  }

  @Override
  public double applyAsDouble(IterationSample sample) {
    return read.applyAsDouble(sample);
  }
}
