package org.dfaas.sampler.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/**
 * The header of a CSV file read by {@link CsvReader}: its column names, trimmed, each at most once,
 * so that every reader finds a column by its name and a file may add, drop or reorder columns.
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvHeader {

  private final String source;
  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();

  /**
   * @param source the file, for messages
   * @param line the header's line in its file
   * @param cells the header record's cells, a leading byte-order mark already stripped
   * @throws SamplerException with exit code 2 naming the file, line and both columns when a name
   *     comes twice: a reader could not tell which of the two columns is meant
   */
  CsvHeader(String source, long line, List<String> cells) {
    this.source = source;
    this.names = cells.stream().map(String::trim).toList();
    for (int i = 0; i < names.size(); i++) {
      Integer before = index.putIfAbsent(names.get(i), i);
      if (before != null) {
        throw new SamplerException(
            source
                + " line "
                + line
                + ": column "
                + (i + 1)
                + " is named \""
                + names.get(i)
                + "\" like column "
                + (before + 1),
            ExitCode.BAD_INPUT,
            "each column of the header must have its own name; remove or rename the repeated one",
            null);
      }
    }
  }

  /** The file, as messages name it. */
  public String source() {
    return source;
  }

  /** The column names in file order, trimmed. */
  public List<String> names() {
    return names;
  }

  /** How many columns the header has. */
  public int size() {
    return names.size();
  }

  /** Whether the header has the column {@code name}. */
  public boolean has(String name) {
    return index.containsKey(name);
  }

  /** The 0-based position of the column {@code name}, or -1 when there is none. */
  public int indexOf(String name) {
    return index.getOrDefault(name, -1);
  }
}
