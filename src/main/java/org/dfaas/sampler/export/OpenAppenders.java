package org.dfaas.sampler.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dfaas.sampler.Closing;

/**
 * Appenders to many files of one folder, at most {@link #MAX_OPEN} open at once (the least recently
 * used is closed and reopened when needed), so that a campaign of thousands of function sets does
 * not run out of file handles. Not thread-safe.
 */
final class OpenAppenders implements Closeable {

  static final int MAX_OPEN = 64;

  private final Path folder;
  private final Set<String> created = new HashSet<>();
  private final Map<String, Writer> open =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Writer> eldest) {
          if (size() <= MAX_OPEN) {
            return false;
          }
          try {
            eldest.getValue().close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return true;
        }
      };

  OpenAppenders(Path folder) {
    this.folder = folder;
  }

  /** The appender of {@code name}, created empty the first time. */
  Writer appender(String name) throws IOException {
    Writer writer = open.get(name);
    if (writer == null) {
      StandardOpenOption mode =
          created.add(name) ? StandardOpenOption.CREATE_NEW : StandardOpenOption.APPEND;
      writer =
          Files.newBufferedWriter(
              folder.resolve(name), StandardCharsets.UTF_8, mode, StandardOpenOption.WRITE);
      try {
        open.put(name, writer);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return writer;
  }

  @Override
  public void close() throws IOException {
    List<Writer> writers = new ArrayList<>(open.values());
    open.clear();
    Closing.closeAll(writers, IOException.class, Writer::close);
  }
}
