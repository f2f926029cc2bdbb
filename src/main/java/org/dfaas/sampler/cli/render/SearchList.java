package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import org.dfaas.sampler.search.Classification;
import org.dfaas.sampler.search.ClassificationListener;
import org.dfaas.sampler.search.Searches;

/**
 * {@code plan --search/--replay --list}: {@code n\tid\tpairs\tstatus\timplied_by}, one line per
 * configuration in plan order, printed as the search classifies them, so nothing is kept. Not
 * thread-safe.
 */
public final class SearchList implements ClassificationListener {

  private final PrintWriter out;
  private final StringBuilder line = new StringBuilder(128);

  public SearchList(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void classified(long ordinal, Classification c) {
    line.setLength(0);
    line.append(ordinal)
        .append('\t')
        .append(c.configuration().id())
        .append('\t')
        .append(Searches.pairs(c.configuration()))
        .append('\t')
        .append(c.status().key())
        .append('\t')
        .append(c.impliedBy() == null ? "" : c.impliedBy().id())
        .append('\n');
    out.write(line.toString());
  }
}
