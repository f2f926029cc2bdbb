package org.dfaas.sampler.results;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;

/** Reads which configurations {@code skipped.csv} already lists, so none is listed twice. */
final class SkippedReader {

  private SkippedReader() {}

  static Set<ConfigKey> keys(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return keys(in, file.toString());
    } catch (NoSuchFileException e) {
      return Set.of();
    } catch (IOException | UncheckedIOException e) {
      throw new SamplerException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static Set<ConfigKey> keys(Reader in, String source) throws IOException {
    Set<ConfigKey> keys = new HashSet<>();
    try (CSVParser parser = CsvDialect.COMMA.readFormat().parse(in)) {
      boolean header = true;
      for (CSVRecord record : parser) {
        if (header) {
          header = false;
          continue;
        }
        List<RatePair> pairs = new ArrayList<>();
        for (int column = 0; column + 1 < record.size(); column += 2) {
          if (!record.get(column).isEmpty()) {
            try {
              pairs.add(new RatePair(record.get(column), Integer.parseInt(record.get(column + 1))));
            } catch (IllegalArgumentException e) {
              throw new SamplerException(
                  source + " line " + record.getRecordNumber() + ": " + e.getMessage(), e);
            }
          }
        }
        keys.add(new Configuration(pairs).key());
      }
    }
    return keys;
  }
}
