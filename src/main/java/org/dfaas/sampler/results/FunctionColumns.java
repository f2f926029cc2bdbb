package org.dfaas.sampler.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/**
 * Gives an output folder's tables the columns of functions a widened campaign adds. {@code
 * results.csv} and {@code skipped.csv} have columns per function of the campaign (compat §6); a
 * folder whose tables were written for fewer functions gets each table rewritten whole (to a
 * temporary file, then renamed) with the columns of the functions added in their sorted place,
 * every row already there keeping its values and leaving the new cells empty: what a function not
 * in a configuration has. The header's other columns (with or without the extra ones, the target
 * column) stay as the folder was started with.
 */
final class FunctionColumns {

  private static final String RATE_PREFIX = "rate_function_";

  private FunctionColumns() {}

  /**
   * Rewrites the tables of {@code folder} that lack columns of {@code campaignFunctions}, under the
   * folder's lock; a table of other functions than a subset of them is left as it is (opening the
   * folder then refuses it).
   *
   * @return the functions added, empty when no table needed them
   */
  static List<String> widen(Path folder, Collection<String> campaignFunctions, String host) {
    List<String> functions = CampaignFunctions.sorted(campaignFunctions);
    Path results = folder.resolve(ArtifactNames.RESULTS_CSV);
    Path skipped = folder.resolve(ArtifactNames.SKIPPED_CSV);
    Optional<List<String>> resultsFunctions = narrower(results, functions);
    Optional<List<String>> skippedFunctions = narrower(skipped, functions);
    if (resultsFunctions.isEmpty() && skippedFunctions.isEmpty()) {
      return List.of();
    }
    try {
      FolderLock lock = FolderLock.acquire(folder, FolderLock.thisProcess(host, Instant.now()));
      try {
        TreeSet<String> added = new TreeSet<>(functions);
        if (resultsFunctions.isPresent()) {
          rewriteResults(results, resultsFunctions.get(), functions);
          added.removeAll(resultsFunctions.get());
        }
        if (skippedFunctions.isPresent()) {
          rewrite(skipped, new SkippedCsv(skippedFunctions.get()), new SkippedCsv(functions));
          added.removeAll(skippedFunctions.get());
        }
        return List.copyOf(added);
      } finally {
        lock.close();
      }
    } catch (IOException e) {
      throw new SamplerException(
          "cannot add the new functions' columns to " + folder + ": " + e.getMessage(),
          ExitCode.RUNTIME_FAILURE,
          "check that the folder is writable and the disk has space; the tables are as they were",
          e);
    }
  }

  /**
   * The functions {@code table}'s header has columns for, when they are fewer of {@code wanted}.
   */
  private static Optional<List<String>> narrower(Path table, List<String> wanted) {
    if (!Files.isRegularFile(table)) {
      return Optional.empty();
    }
    List<String> header = new ArrayList<>();
    CsvReader.read(table, CsvDialect.COMMA, row -> {}).header().names().forEach(header::add);
    List<String> has =
        header.stream()
            .filter(column -> column.startsWith(RATE_PREFIX))
            .map(column -> column.substring(RATE_PREFIX.length()))
            .sorted()
            .toList();
    return !has.isEmpty() && has.size() < wanted.size() && wanted.containsAll(has)
        ? Optional.of(has)
        : Optional.empty();
  }

  /** {@code results.csv}'s layout found among those a folder may have been started with. */
  private static void rewriteResults(Path file, List<String> had, List<String> functions)
      throws IOException {
    String found = firstLine(file);
    for (boolean target : new boolean[] {false, true}) {
      for (ResultsCsv.Extras extras : ResultsCsv.Extras.values()) {
        ResultsCsv before = new ResultsCsv(had).withExtras(extras).withTargetColumn(target);
        if (headerLine(before).equals(found)) {
          rewrite(
              file, before, new ResultsCsv(functions).withExtras(extras).withTargetColumn(target));
          return;
        }
      }
    }
    // No layout of ours: left as it is, for opening to refuse with both headers shown.
  }

  private static void rewrite(Path file, CsvTable<?> before, CsvTable<?> after) throws IOException {
    if (!headerLine(before).equals(firstLine(file))) {
      return;
    }
    List<String> columns = after.header();
    List<List<String>> rows = new ArrayList<>();
    CsvReader.Read read =
        CsvReader.read(
            file,
            before.dialect(),
            row -> {
              List<String> cells = new ArrayList<>(columns.size());
              for (String column : columns) {
                cells.add(row.text(column));
              }
              rows.add(cells);
            });
    if (read.tornLastRow()) {
      throw new SamplerException(
          file + " ends with a line cut short by a crash, so its columns are not widened",
          ExitCode.BAD_INPUT,
          "resume once with the config in campaign.yaml (that sets the line aside), then widen",
          null);
    }
    DurableFiles.replaceText(
        file,
        out -> {
          out.write(after.dialect().formatRecord(columns));
          for (List<String> row : rows) {
            out.write(after.dialect().formatRecord(row));
          }
        });
  }

  private static String firstLine(Path file) throws IOException {
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      return line == null ? "" : line.replace("\uFEFF", "");
    }
  }

  private static String headerLine(CsvTable<?> layout) {
    String line = layout.dialect().formatRecord(layout.header());
    return line.substring(0, line.length() - CsvDialect.LINE_END.length());
  }
}
