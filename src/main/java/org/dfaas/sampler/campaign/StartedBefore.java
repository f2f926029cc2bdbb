package org.dfaas.sampler.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.results.ResultStore;
import org.dfaas.sampler.search.Outcome;

/**
 * The configurations an earlier run started and left unfinished (rows, no index line, no failure),
 * run again before the search asks for them, when the search wants them first ({@link
 * CampaignSearch#finishesStartedFirst()}): their outcomes go to the search if and when it asks.
 *
 * <p>Not thread-safe: the campaign's thread keeps it.
 */
final class StartedBefore {

  /** Queued or running again without the search asking for them. */
  private final Set<Configuration> unasked = new HashSet<>();

  /** Those of {@link #unasked} the search asked for since: it awaits their outcomes. */
  private final Set<Configuration> askedSince = new HashSet<>();

  /** Outcomes of {@link #unasked} ones finished before the search asked for them. */
  private final Map<Configuration, Outcome> finishedUnasked = new HashMap<>();

  /** The started, unfinished configurations of {@code resume}, in plan order, now kept unasked. */
  List<Configuration> take(ResultStore.ResumeState resume, Plan plan, long atMost) {
    Set<ConfigKey> started = new HashSet<>(resume.tallies().keySet());
    started.removeAll(resume.indexed());
    started.removeAll(resume.failed());
    List<Configuration> taken = new ArrayList<>();
    for (Configuration configuration : plan) {
      if (started.isEmpty() || taken.size() >= atMost) {
        break;
      }
      if (started.remove(configuration.key())) {
        unasked.add(configuration);
        taken.add(configuration);
      }
    }
    return taken;
  }

  /** The outcome of a configuration the search asks for that finished already, or {@code null}. */
  Outcome finished(Configuration configuration) {
    return finishedUnasked.remove(configuration);
  }

  /**
   * Whether a configuration the search asks for (and that has not {@link #finished}) runs already:
   * its outcome goes to the search when it ends.
   */
  boolean running(Configuration configuration) {
    return unasked.contains(configuration) && askedSince.add(configuration);
  }

  /** Whether {@code outcome} is kept until the search asks for {@code configuration}. */
  boolean keeps(Configuration configuration, Outcome outcome) {
    if (unasked.remove(configuration) && !askedSince.remove(configuration)) {
      finishedUnasked.put(configuration, outcome);
      return true;
    }
    return false;
  }
}
