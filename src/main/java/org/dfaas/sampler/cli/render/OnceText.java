package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.util.Locale;
import org.dfaas.sampler.runtime.OnceResult;

/** {@code once}: a line for the run, then one per function. */
public final class OnceText implements ResultFormat<OnceResult> {

  @Override
  public void write(OnceResult result, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "config %s (%s) ran in %.1f s%n",
        result.run().configId(),
        result.configuration().describe(),
        result.run().durationSeconds());
    result
        .functions()
        .forEach(
            (name, function) ->
                out.printf(
                    Locale.ROOT,
                    "%s: success rate %.4f, mean latency %.2f ms, %.0f requests%n",
                    name,
                    function.successRate(),
                    function.avgLatencyMs(),
                    function.requestCount()));
  }
}
