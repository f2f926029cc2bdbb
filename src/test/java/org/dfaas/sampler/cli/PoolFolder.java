package org.dfaas.sampler.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A pool's output folder read back by column names, each configuration keyed by its pairs in
 * function order ({@code env=10,figlet=0}; a function at rate 0 is in the configuration): what a
 * frontier pool's guarantees after SIGKILLs and resumes are stated in.
 */
record PoolFolder(Path root) {

  private static final Pattern ITERATION_FILE =
      Pattern.compile("(?:summary|metrics)-([0-9a-f]+)-iter([0-9]+)-rep1\\.(?:json|csv)");
  private static final Pattern INDEX_LINE = Pattern.compile("\\[(.*)\\];\\[(.*)\\];results\\.csv");

  List<String> lines(String file) throws IOException {
    return Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8);
  }

  /** How many rows each configuration has in {@code results.csv}. */
  Map<String, Integer> rowsPerConfiguration() throws IOException {
    Map<String, Integer> rows = new TreeMap<>();
    for (Map<String, String> row : table("results.csv")) {
      rows.merge(key(row), 1, Integer::sum);
    }
    return rows;
  }

  /** The configurations {@code index.csv} lists, in its order, repeats kept. */
  List<String> indexed() throws IOException {
    List<String> keys = new ArrayList<>();
    for (String line : lines("index.csv").subList(1, lines("index.csv").size())) {
      Matcher index = INDEX_LINE.matcher(line);
      if (!index.matches()) {
        throw new AssertionError("not an index line: " + line);
      }
      String[] functions = index.group(1).replace("'", "").split(", ");
      String[] rates = index.group(2).split(", ");
      Map<String, String> pairs = new TreeMap<>();
      for (int i = 0; i < functions.length; i++) {
        pairs.put(functions[i], rates[i]);
      }
      keys.add(
          String.join(
              ",", pairs.entrySet().stream().map(p -> p.getKey() + "=" + p.getValue()).toList()));
    }
    return keys;
  }

  /** Each configuration's {@code status} in {@code frontier.csv}. */
  Map<String, String> frontierStatus() throws IOException {
    Map<String, String> status = new TreeMap<>();
    for (Map<String, String> row : table("frontier.csv")) {
      if (status.put(key(row), row.get("status")) != null) {
        throw new AssertionError("frontier.csv lists " + key(row) + " twice");
      }
    }
    return status;
  }

  /** Each configuration's id, from {@code frontier.csv}. */
  Map<String, String> configIds() throws IOException {
    Map<String, String> ids = new TreeMap<>();
    for (Map<String, String> row : table("frontier.csv")) {
      ids.put(row.get("config_id"), key(row));
    }
    return ids;
  }

  /**
   * The iteration numbers of the summary and metrics files on disk, per configuration id: {@code
   * summaries/summary-{id}-iter{i}-rep1.json} gives {@code id → [.., i, ..]}.
   */
  Map<String, List<Integer>> iterationFiles(String folder) throws IOException {
    Map<String, List<Integer>> files = new TreeMap<>();
    try (Stream<Path> listed = Files.list(root.resolve(folder))) {
      for (Path file : listed.toList()) {
        Matcher name = ITERATION_FILE.matcher(file.getFileName().toString());
        if (!name.matches()) {
          throw new AssertionError("unexpected file " + file);
        }
        files
            .computeIfAbsent(name.group(1), id -> new ArrayList<>())
            .add(Integer.parseInt(name.group(2)));
      }
    }
    return files;
  }

  /** A CSV file's rows by column name (no cell of these files holds a comma or a quote). */
  private List<Map<String, String>> table(String file) throws IOException {
    List<String> lines = lines(file);
    String[] header = lines.get(0).split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new TreeMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  /** {@code env=10,figlet=0}: the functions a row names, with their rates, in name order. */
  private static String key(Map<String, String> row) {
    Map<String, String> pairs = new TreeMap<>();
    row.forEach(
        (column, cell) -> {
          if (column.startsWith("function_") && !cell.isEmpty()) {
            pairs.put(cell, row.get("rate_" + column));
          }
        });
    return String.join(
        ",", pairs.entrySet().stream().map(p -> p.getKey() + "=" + p.getValue()).toList());
  }
}
