package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.dfaas.sampler.TimeFormat;
import org.dfaas.sampler.platform.DeployedFunction;
import org.dfaas.sampler.runtime.DeployResult;

/**
 * {@code deploy}: one line per function — created, updated (from which image) or unchanged, its
 * image, and when it was ready — then the tally.
 */
public final class DeployText implements ResultFormat<DeployResult> {

  @Override
  public void write(DeployResult result, PrintWriter out) {
    out.println("gateway " + result.gatewayUrl());
    int width =
        result.functions().stream().mapToInt(f -> f.deployment().name().length()).max().orElse(0);
    int[] tally = new int[DeployedFunction.Action.values().length];
    for (DeployedFunction function : result.functions()) {
      tally[function.action().ordinal()]++;
      out.printf(
          "  %-" + width + "s  %-9s  %s%s, ready in %s%n",
          function.deployment().name(),
          word(function.action()),
          function.deployment().image().image(),
          function.previousImage() == null ? "" : " (was " + function.previousImage() + ")",
          readyAfter(function.readyAfter()));
    }
    out.printf(
        "%d function(s) ready: %d created, %d updated, %d unchanged%n",
        result.functions().size(),
        tally[DeployedFunction.Action.CREATED.ordinal()],
        tally[DeployedFunction.Action.UPDATED.ordinal()],
        tally[DeployedFunction.Action.UNCHANGED.ordinal()]);
  }

  private static String readyAfter(Duration duration) {
    return duration.toSeconds() < 60
        ? String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0)
        : TimeFormat.duration(duration);
  }

  static String word(DeployedFunction.Action action) {
    return action.name().toLowerCase(Locale.ROOT);
  }
}
