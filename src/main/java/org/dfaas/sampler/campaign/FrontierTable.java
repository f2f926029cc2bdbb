package org.dfaas.sampler.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.results.FrontierRow;
import org.dfaas.sampler.search.Classification;

/**
 * The class of every configuration of the plan as a search settles it, kept by plan position in two
 * flat arrays (a status byte, and an index into the few measured configurations that imply others),
 * so a plan of millions of configurations costs a few bytes each. Read back as the rows of {@code
 * frontier.csv}, in plan order; a configuration not classified yet (a campaign stopped early) is
 * {@value #PENDING}.
 *
 * <p>Not thread-safe: the campaign's thread fills and reads it.
 */
final class FrontierTable {

  /** The status of a configuration the search has not classified yet. */
  static final String PENDING = "pending";

  private static final Classification.Status[] STATUSES = Classification.Status.values();

  private final Plan plan;
  private final byte[] statuses;
  private final int[] impliedBy;
  private final List<String> implyingIds = new ArrayList<>();
  private final Map<Configuration, Integer> implying = new HashMap<>();

  private final ConfigIdHash idHash;

  FrontierTable(Plan plan, ConfigIdHash idHash) {
    this.idHash = idHash;
    long size = plan.size();
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "a plan of " + size + " configurations is too large for frontier.csv");
    }
    this.plan = plan;
    this.statuses = new byte[(int) size];
    this.impliedBy = new int[(int) size];
  }

  /** Records the class of the configuration at 1-based {@code ordinal}. */
  void put(long ordinal, Classification classification) {
    int at = (int) (ordinal - 1);
    statuses[at] = (byte) (classification.status().ordinal() + 1);
    impliedBy[at] =
        classification.impliedBy() == null
            ? -1
            : implying.computeIfAbsent(
                classification.impliedBy(),
                c -> {
                  implyingIds.add(c.id(idHash));
                  return implyingIds.size() - 1;
                });
  }

  /** Every configuration of the plan with its class, in plan order, built as it is read. */
  Iterable<FrontierRow> rows() {
    return () ->
        new Iterator<>() {
          private final Iterator<Configuration> configurations = plan.iterator();
          private int at;

          @Override
          public boolean hasNext() {
            return configurations.hasNext();
          }

          @Override
          public FrontierRow next() {
            Configuration configuration = configurations.next();
            int status = statuses[at];
            int implied = impliedBy[at];
            at++;
            if (status == 0) {
              return new FrontierRow(configuration, PENDING, "");
            }
            return new FrontierRow(
                configuration,
                STATUSES[status - 1].key(),
                implied < 0 ? "" : implyingIds.get(implied));
          }
        };
  }
}
