package org.dfaas.sampler.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One look at this machine's {@code /proc} (and the sandbox's counters) at one instant: the
 * counters and levels the local metrics source turns into the bundled queries' values. Immutable.
 *
 * @param time when it was taken
 * @param cpuTotalTicks all CPU time of all cores since boot (the first eight fields of {@code cpu})
 * @param cpuIdleTicks idle CPU time ({@code mode="idle"} of node exporter: the fourth field)
 * @param cores the {@code cpuN} lines of {@code /proc/stat}
 * @param memTotal {@code MemTotal} in bytes
 * @param memAvailable {@code MemAvailable} in bytes
 * @param memFreeCachedBuffers {@code MemFree + Cached + Buffers} in bytes
 * @param functions the sandbox's per-function counters; empty without a sandbox
 */
record ProcSample(
    Instant time,
    long cpuTotalTicks,
    long cpuIdleTicks,
    int cores,
    long memTotal,
    long memAvailable,
    long memFreeCachedBuffers,
    Map<String, UsageCounters> functions)
    implements CounterSample {

  ProcSample {
    functions = Map.copyOf(functions);
  }

  /**
   * Reads {@code {procRoot}/stat} and {@code {procRoot}/meminfo}.
   *
   * @throws UncheckedIOException when either cannot be read
   * @throws IllegalStateException when either lacks a field
   */
  static ProcSample read(Path procRoot, Instant time, Map<String, UsageCounters> functions) {
    try {
      long total = -1;
      long idle = -1;
      int cores = 0;
      for (String line : Files.readAllLines(procRoot.resolve("stat"))) {
        String[] fields = line.trim().split("\\s+");
        if (fields[0].equals("cpu")) {
          total = 0;
          for (int i = 1; i <= Math.min(8, fields.length - 1); i++) {
            total += Long.parseLong(fields[i]);
          }
          idle = Long.parseLong(fields[4]);
        } else if (fields[0].matches("cpu\\d+")) {
          cores++;
        }
      }
      if (total < 0 || cores == 0) {
        throw new IllegalStateException(procRoot.resolve("stat") + " has no cpu lines");
      }
      List<String> meminfo = Files.readAllLines(procRoot.resolve("meminfo"));
      long memTotal = kib(meminfo, "MemTotal");
      long available = kib(meminfo, "MemAvailable");
      long freeCachedBuffers =
          kib(meminfo, "MemFree") + kib(meminfo, "Cached") + kib(meminfo, "Buffers");
      return new ProcSample(
          time, total, idle, cores, memTotal, available, freeCachedBuffers, functions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + procRoot, e);
    }
  }

  private static long kib(List<String> meminfo, String field) {
    for (String line : meminfo) {
      if (line.startsWith(field + ":")) {
        String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
        return Long.parseLong(parts[0]) * 1024;
      }
    }
    throw new IllegalStateException("meminfo has no " + field);
  }
}
