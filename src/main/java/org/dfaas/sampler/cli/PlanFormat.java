package org.dfaas.sampler.cli;

import picocli.CommandLine.Option;

/** How {@code plan} prints: a text for people (by default), one JSON object, or a line each. */
final class PlanFormat {

  @Option(names = "--json", description = "Print one JSON object and nothing else.")
  boolean json;

  @Option(
      names = "--list",
      description =
          "Print one line per configuration: n, id, pairs, status (todo/done/dominated, and"
              + " inferred_ok/inferred_overloaded for what a frontier search settled); with"
              + " --search or --replay: n, id, pairs, status, implied_by.")
  boolean list;
}
