package org.dfaas.sampler.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.CsvDialect;
import org.dfaas.sampler.results.FrontierReader;
import org.dfaas.sampler.results.IndexEntry;
import org.dfaas.sampler.results.IndexReader;

/**
 * Reads an output folder into a {@link Campaign}: a finished one, a running one, or one of the old
 * tool (which has no {@code skipped.csv} or {@code campaign.log}); a frontier campaign's {@code
 * frontier.csv} when there is one. The function set is taken from the header of {@code
 * results.csv}, not from a config, so a folder reports on its own.
 *
 * <p>Only the last line of {@code results.csv} may be short: a running campaign may be writing it.
 * A short line anywhere else is damage and stops the report with the file and line named.
 */
public final class CampaignReader {

  private static final String FUNCTION_PREFIX = "function_";

  private CampaignReader() {}

  /**
   * The campaign of {@code folder}.
   *
   * @throws SamplerException with exit code 2 when the folder has no {@code results.csv}, and when
   *     a file is malformed
   */
  public static Campaign read(Path folder) {
    Path results = folder.resolve(ArtifactNames.RESULTS_CSV);
    if (!Files.isRegularFile(results)) {
      throw new SamplerException(
          "no " + ArtifactNames.RESULTS_CSV + " in " + folder,
          ExitCode.BAD_INPUT,
          "name the output folder of a campaign (its output_dir)",
          null);
    }
    List<CSVRecord> rows = records(results);
    if (rows.isEmpty()) {
      throw new SamplerException(
          results + " is empty: not even a header", ExitCode.BAD_INPUT, null, null);
    }
    ResultsColumns columns = new ResultsColumns(rows.get(0).toList(), results.toString());
    List<IterationSample> iterations = new ArrayList<>();
    boolean torn = false;
    for (int i = 1; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      if (i == rows.size() - 1 && !columns.complete(row)) {
        torn = true;
      } else {
        iterations.add(columns.iteration(row));
      }
    }
    return new Campaign(
        folder,
        columns.functions(),
        iterations,
        skipped(folder.resolve(ArtifactNames.SKIPPED_CSV)),
        IndexReader.read(folder.resolve(ArtifactNames.INDEX_CSV)).stream()
            .map(IndexEntry::key)
            .toList(),
        torn,
        TimeSpan.read(folder.resolve("campaign.log")),
        FrontierReader.read(folder.resolve(ArtifactNames.FRONTIER_CSV)));
  }

  private static List<Configuration> skipped(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<CSVRecord> rows = records(file);
    List<Configuration> skipped = new ArrayList<>();
    for (CSVRecord row : rows.subList(Math.min(1, rows.size()), rows.size())) {
      List<RatePair> pairs = new ArrayList<>();
      for (int column = 0; column + 1 < row.size(); column += 2) {
        if (!row.get(column).isEmpty()) {
          pairs.add(new RatePair(row.get(column), rate(row, column + 1, file.toString())));
        }
      }
      if (!pairs.isEmpty()) {
        skipped.add(new Configuration(pairs));
      }
    }
    return skipped;
  }

  static int rate(CSVRecord row, int column, String source) {
    String cell = row.get(column);
    try {
      int rate = Integer.parseInt(cell);
      if (rate < 0) {
        throw new NumberFormatException("a rate is never negative");
      }
      return rate;
    } catch (NumberFormatException e) {
      throw new SamplerException(
          source + " line " + row.getRecordNumber() + ": bad rate \"" + cell + "\"",
          ExitCode.BAD_INPUT,
          null,
          e);
    }
  }

  private static List<CSVRecord> records(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CsvDialect.COMMA.readFormat().parse(in)) {
      return parser.getRecords();
    } catch (IOException | UncheckedIOException e) {
      throw new SamplerException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** True for a header cell naming a function column ({@code function_{f}}). */
  static boolean isFunctionColumn(String header) {
    return header.startsWith(FUNCTION_PREFIX);
  }
}
