package org.dfaas.sampler.replay;

import java.util.Locale;

/**
 * The node's core count a replay judges CPU with in "near a threshold", and where it came from;
 * without one, CPU is left out and {@link #source} says why.
 *
 * @param cores the core count, NaN when unknown
 * @param source where the count came from ({@code --node-cores}, the {@code node_cores} column, the
 *     recording's labels), or why there is none
 */
public record ReplayCores(double cores, String source) {

  /** The count given on the command line. */
  static ReplayCores given(int cores) {
    return new ReplayCores(cores, "--node-cores");
  }

  /** No count: CPU is left out, because of {@code why}. */
  static ReplayCores unknown(String why) {
    return new ReplayCores(Double.NaN, why);
  }

  /** Whether CPU takes part in "near a threshold". */
  public boolean known() {
    return !Double.isNaN(cores);
  }

  /** For a human: {@code 4 cores (from --node-cores)} or {@code left out: why}. */
  public String describe() {
    if (!known()) {
      return "CPU left out of \"near a threshold\": " + source;
    }
    String count =
        cores == Math.rint(cores)
            ? Long.toString((long) cores)
            : String.format(Locale.ROOT, "%.3f", cores);
    return "CPU judged on " + count + " cores (" + source + ")";
  }
}
