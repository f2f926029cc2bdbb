package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.plan.FunctionSet;
import org.dfaas.sampler.plan.PlanStatus;
import org.dfaas.sampler.runtime.FolderFrontier;
import org.dfaas.sampler.search.Classification;

/**
 * {@code plan --list}: one line per configuration (n, id, pairs, status), printed as the walk
 * produces them, so nothing is kept. Ids use the folder's digest, and a configuration left to run
 * that the folder's frontier search already settled shows the class it settled it in ({@code
 * inferred_ok}, {@code inferred_overloaded}): {@code run} will not measure it. Not thread-safe.
 */
public final class PlanList implements EstimateListener {

  private final PrintWriter out;
  private final FolderFrontier folder;
  private final StringBuilder line = new StringBuilder(128);

  public PlanList(PrintWriter out, FolderFrontier folder) {
    this.out = out;
    this.folder = folder;
  }

  @Override
  public void configuration(
      long ordinal, FunctionSet set, int[] rates, PlanStatus status, boolean assumedOverloaded) {
    line.setLength(0);
    line.append(ordinal)
        .append('\t')
        .append(set.configuration(rates).id(folder.idHash()))
        .append('\t');
    for (int i = 0; i < rates.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(set.names().get(i)).append('=').append(rates[i]);
    }
    Classification.Status settled = status == PlanStatus.TO_RUN ? folder.status(ordinal) : null;
    line.append('\t')
        .append(settled != null && settled.inferred() ? settled.key() : statusWord(status))
        .append('\n');
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
