package org.dfaas.sampler.results;

import java.util.List;

/**
 * The layout of {@code index.csv} (compat §6): {@code functions;rates;results_file}, the first two
 * as Python lists ({@code ['env', 'figlet'];[20, 10];results.csv}) because that is what the old
 * tool wrote and what its users' half-finished campaigns hold. Read back by {@link IndexReader}.
 */
public final class IndexCsv implements CsvTable<IndexEntry> {

  /** The header record. */
  public static final List<String> HEADER = List.of("functions", "rates", "results_file");

  @Override
  public List<String> header() {
    return HEADER;
  }

  @Override
  public List<String> cells(IndexEntry entry) {
    return List.of(
        PythonLists.formatStrings(entry.key().functions()),
        PythonLists.formatInts(entry.key().rates()),
        entry.resultsFile());
  }

  @Override
  public CsvDialect dialect() {
    return CsvDialect.SEMICOLON;
  }
}
