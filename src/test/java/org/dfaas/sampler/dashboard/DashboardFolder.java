package org.dfaas.sampler.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An output folder written row by row, as a campaign writes it. */
final class DashboardFolder {

  static final String HEADER =
      "function_a,rate_function_a,success_rate_function_a,function_b,rate_function_b,"
          + "success_rate_function_b,cpu_usage_node,overloaded_node,overload_reason,target\n";

  private final Path folder;

  DashboardFolder(Path folder) throws IOException {
    this.folder = Files.createDirectories(folder);
  }

  Path path() {
    return folder;
  }

  /** One row of {@code a} at {@code rateA} and {@code b} at {@code rateB}. */
  DashboardFolder row(int rateA, int rateB, boolean overloaded) throws IOException {
    Path results = folder.resolve("results.csv");
    if (!Files.exists(results)) {
      append("results.csv", HEADER);
    }
    append(
        "results.csv",
        "a,"
            + rateA
            + ",1.000,b,"
            + rateB
            + ",0.990,"
            + (overloaded ? "190.0,1,cpu" : "50.0,0,")
            + ",vm\n");
    return this;
  }

  DashboardFolder append(String file, String text) throws IOException {
    Files.writeString(
        folder.resolve(file),
        text,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    return this;
  }
}
