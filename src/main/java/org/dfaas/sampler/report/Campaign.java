package org.dfaas.sampler.report;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.FrontierRow;

/**
 * Everything the report knows of one output folder, read once so that the statistics, the charts
 * and the page all describe the same snapshot of a campaign that may still be running.
 *
 * @param folder the output folder
 * @param functions the campaign's functions, from the {@code function_{f}} columns of the header
 * @param measured what the complete rows of {@code results.csv} add up to, per configuration, in
 *     the order each first appears
 * @param skipped the configurations of {@code skipped.csv} (dominated or failed), in file order
 * @param done the configurations of {@code index.csv}
 * @param tornLastLine whether the last line of {@code results.csv} was cut short and left out, as
 *     happens while a campaign is writing it
 * @param span first and last time stamps of {@code campaign.log}, when there is one
 * @param frontier the rows of {@code frontier.csv} (a frontier search's class of every
 *     configuration), empty when the folder has none
 * @param targets what each target wrote, by the {@code target} column of {@code results.csv}, in
 *     the order each first appears; empty when the files have no such column
 */
public record Campaign(
    Path folder,
    List<String> functions,
    Map<Configuration, IterationAggregate> measured,
    List<Configuration> skipped,
    List<ConfigKey> done,
    boolean tornLastLine,
    Optional<TimeSpan> span,
    List<FrontierRow> frontier,
    List<TargetTally> targets) {

  public Campaign {
    targets = List.copyOf(targets);
    frontier = List.copyOf(frontier);
    functions = List.copyOf(functions);
    measured = Collections.unmodifiableMap(new LinkedHashMap<>(measured));
    skipped = List.copyOf(skipped);
    done = List.copyOf(done);
  }

  /** How many complete rows {@code results.csv} has. */
  public long iterations() {
    return measured.values().stream().mapToLong(IterationAggregate::iterations).sum();
  }

  /** How many of them overloaded the node. */
  public long overloadedIterations() {
    return measured.values().stream().mapToLong(IterationAggregate::overloaded).sum();
  }
}
