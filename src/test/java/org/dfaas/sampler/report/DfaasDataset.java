package org.dfaas.sampler.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A results file as the DFaaS project's own sampler writes it, made up for tests: the functions in
 * the header in the order given (not sorted), every function in every row, most at rate 0. Every
 * combination of the rates runs once per iteration; the node overloads when the rates add up to
 * more than {@link #CAPACITY}.
 */
public final class DfaasDataset {

  public static final List<String> FUNCTIONS = List.of("shasum", "figlet", "nmap");
  static final List<Integer> RATES = List.of(0, 10, 20);
  static final int CAPACITY = 30;
  static final int ITERATIONS = 2;

  private DfaasDataset() {}

  /** Writes the file into {@code folder} and returns the folder. */
  public static Path writeTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>();
    for (String f : FUNCTIONS) {
      header.addAll(
          List.of(
              "function_" + f,
              "rate_function_" + f,
              "success_rate_function_" + f,
              "cpu_usage_function_" + f,
              "ram_usage_function_" + f,
              "power_usage_function_" + f,
              "replica_" + f,
              "overloaded_function_" + f,
              "medium_latency_function_" + f));
    }
    header.addAll(
        List.of(
            "cpu_usage_idle_node",
            "cpu_usage_node",
            "ram_usage_idle_node",
            "ram_usage_node",
            "ram_usage_idle_node_percentage",
            "ram_usage_node_percentage",
            "power_usage_idle_node",
            "power_usage_node",
            "rest_seconds",
            "overloaded_node"));
    csv.append(String.join(",", header)).append("\r\n");
    for (int a : RATES) {
      for (int b : RATES) {
        for (int c : RATES) {
          for (int i = 0; i < ITERATIONS; i++) {
            csv.append(row(new int[] {a, b, c}, i)).append("\r\n");
          }
        }
      }
    }
    Files.writeString(
        folder.resolve("results-2025-01-08_10-00-00-0-30s.csv"), csv, StandardCharsets.UTF_8);
    return folder;
  }

  private static String row(int[] rates, int iteration) {
    int total = rates[0] + rates[1] + rates[2];
    boolean overloaded = total > CAPACITY;
    List<String> cells = new ArrayList<>();
    for (int k = 0; k < FUNCTIONS.size(); k++) {
      double success = rates[k] > 0 && overloaded ? 0.7 : 1.0;
      cells.addAll(
          List.of(
              FUNCTIONS.get(k),
              String.valueOf(rates[k]),
              String.format(java.util.Locale.ROOT, "%.3f", success),
              String.format(java.util.Locale.ROOT, "%.3f", rates[k] * 2.5 + iteration),
              String.format(java.util.Locale.ROOT, "%.3f", 5e7 + rates[k] * 1e6),
              "nan",
              "1",
              success < 0.9 ? "1" : "0",
              String.valueOf(rates[k] == 0 ? 0 : 20 + rates[k] + iteration)));
    }
    cells.addAll(
        List.of(
            "4.000",
            String.format(java.util.Locale.ROOT, "%.3f", 5 + total * 3.0 + iteration),
            "1000000000.000",
            String.format(java.util.Locale.ROOT, "%.3f", 1e9 + total * 1e7),
            "25.000",
            String.format(java.util.Locale.ROOT, "%.3f", 25 + total * 0.5),
            "nan",
            "nan",
            "10",
            overloaded ? "1" : "0"));
    return String.join(",", cells);
  }
}
