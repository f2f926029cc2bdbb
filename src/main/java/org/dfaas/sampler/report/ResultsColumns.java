package org.dfaas.sampler.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;

/**
 * Where the report's values sit in a {@code results.csv} header (compat §6). Columns are looked up
 * by name, not position, so a file whose node part has grown or shrunk (the old tool's, a later
 * version's) still reads.
 */
final class ResultsColumns {

  private final List<String> header;
  private final String source;
  private final List<String> functions = new ArrayList<>();

  ResultsColumns(List<String> header, String source) {
    this.header = List.copyOf(header);
    this.source = source;
    for (String column : header) {
      if (CampaignReader.isFunctionColumn(column)) {
        functions.add(column.substring("function_".length()));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String f : functions) {
      for (String prefix : List.of("rate_function_", "success_rate_function_")) {
        if (!header.contains(prefix + f)) {
          missing.add(prefix + f);
        }
      }
    }
    if (!header.contains("overloaded_node")) {
      missing.add("overloaded_node");
    }
    if (functions.isEmpty() || !missing.isEmpty()) {
      throw new SamplerException(
          source
              + ": not a results.csv header; missing "
              + (functions.isEmpty() ? "function_{f} columns" : missing),
          ExitCode.BAD_INPUT,
          null,
          null);
    }
  }

  List<String> functions() {
    return List.copyOf(functions);
  }

  int size() {
    return header.size();
  }

  /** Whether {@code row} was written to its end; a running campaign may be writing the last one. */
  boolean complete(CSVRecord row) {
    return row.size() >= header.size() && !cell(row, "overloaded_node").isEmpty();
  }

  IterationSample iteration(CSVRecord row) {
    if (row.size() != header.size()) {
      throw new SamplerException(
          source
              + " line "
              + row.getRecordNumber()
              + ": "
              + row.size()
              + " fields where the header has "
              + header.size(),
          ExitCode.BAD_INPUT,
          "only the last line of a running campaign may be cut short",
          null);
    }
    List<FunctionSample> samples = new ArrayList<>();
    List<RatePair> pairs = new ArrayList<>();
    for (String f : functions) {
      if (!cell(row, "function_" + f).isEmpty()) {
        int rate = CampaignReader.rate(row, header.indexOf("rate_function_" + f), source);
        pairs.add(new RatePair(f, rate));
        samples.add(
            new FunctionSample(
                f,
                rate,
                number(row, "success_rate_function_" + f),
                number(row, "medium_latency_function_" + f),
                number(row, "cpu_usage_function_" + f),
                number(row, "ram_usage_function_" + f)));
      }
    }
    return new IterationSample(
        new Configuration(pairs),
        samples,
        number(row, "cpu_usage_node"),
        number(row, "ram_usage_node_percentage"),
        "1".equals(cell(row, "overloaded_node")));
  }

  private String cell(CSVRecord row, String column) {
    int index = header.indexOf(column);
    return index < 0 || index >= row.size() ? "" : row.get(index).trim();
  }

  /** A measured value; {@code nan}, an empty cell or a missing column is NaN, never zero. */
  private double number(CSVRecord row, String column) {
    String cell = cell(row, column);
    // An infinity (Python writes inf) can neither be averaged nor drawn: it counts as missing too.
    if (cell.isEmpty() || cell.equalsIgnoreCase("nan") || cell.endsWith("inf")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new SamplerException(
          source + " line " + row.getRecordNumber() + ": " + column + " is not a number: " + cell,
          ExitCode.BAD_INPUT,
          null,
          e);
    }
  }
}
