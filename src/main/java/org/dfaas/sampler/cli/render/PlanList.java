package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.plan.FunctionSet;
import org.dfaas.sampler.plan.PlanStatus;

/**
 * {@code plan --list}: one line per configuration (n, id, pairs, status), printed as the walk
 * produces them, so nothing is kept. Not thread-safe.
 */
public final class PlanList implements EstimateListener {

  private final PrintWriter out;
  private final StringBuilder line = new StringBuilder(128);

  public PlanList(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void configuration(
      long ordinal, FunctionSet set, int[] rates, PlanStatus status, boolean assumedOverloaded) {
    line.setLength(0);
    line.append(ordinal).append('\t').append(set.configuration(rates).id()).append('\t');
    for (int i = 0; i < rates.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(set.names().get(i)).append('=').append(rates[i]);
    }
    line.append('\t').append(statusWord(status)).append('\n');
    out.write(line.toString());
  }

  private static String statusWord(PlanStatus status) {
    return switch (status) {
      case DOMINATED -> "dominated";
      case DONE -> "done";
      case TO_RUN -> "todo";
    };
  }
}
