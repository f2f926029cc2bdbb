package org.dfaas.sampler.report;

import java.util.function.ToDoubleFunction;

/** What the report keeps the statistics of, for each function of each configuration. */
enum FunctionValue implements ToDoubleFunction<FunctionSample> {
  SUCCESS_RATE(FunctionSample::successRate),
  AVG_LATENCY(FunctionSample::avgLatencyMs),
  CPU(FunctionSample::cpu),
  RAM(FunctionSample::ram),
  MEDIAN_LATENCY(FunctionSample::medLatencyMs),
  P90_LATENCY(FunctionSample::p90LatencyMs),
  P95_LATENCY(FunctionSample::p95LatencyMs);

  private final ToDoubleFunction<FunctionSample> read;

  FunctionValue(ToDoubleFunction<FunctionSample> read) {
    this.read = read;
  }

  @Override
  public double applyAsDouble(FunctionSample sample) {
    return read.applyAsDouble(sample);
  }
}
