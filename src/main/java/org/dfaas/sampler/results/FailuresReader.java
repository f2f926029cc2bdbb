package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.SamplerException;

/** Reads which configurations {@code failures.csv} holds failed attempts of. */
public final class FailuresReader {

  private FailuresReader() {}

  /** The config ids of every failed attempt, once each, in file order; none without the file. */
  public static Set<String> failedIds(Path file) {
    Set<String> ids = new LinkedHashSet<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CsvDialect.COMMA.readFormat().parse(in)) {
      for (CSVRecord record : parser) {
        if (record.getRecordNumber() > 1 && !record.get(0).isEmpty()) {
          ids.add(record.get(0));
        }
      }
    } catch (NoSuchFileException e) {
      return Set.of();
    } catch (IOException | UncheckedIOException e) {
      throw new SamplerException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return ids;
  }
}
