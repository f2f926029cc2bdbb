package org.dfaas.sampler.k6;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The k6 stand-in of {@code src/test/resources/k6/k6-standin}, copied into a folder of a test and
 * steered through the {@code k6-standin.env} file beside it.
 */
public final class StandIn {

  private final Path binary;

  private StandIn(Path binary) {
    this.binary = binary;
  }

  public static StandIn installIn(Path folder) {
    try (InputStream in = StandIn.class.getResourceAsStream("/k6/k6-standin")) {
      Files.createDirectories(folder);
      Path binary = folder.resolve("k6-standin");
      Files.copy(in, binary, StandardCopyOption.REPLACE_EXISTING);
      Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rwxr-xr-x"));
      return new StandIn(binary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path binary() {
    return binary;
  }

  /** Makes every later run behave as {@code variables} say (see the script's header). */
  public StandIn behave(Map<String, String> variables) {
    String text =
        variables.entrySet().stream()
            .map(e -> e.getKey() + "=" + ShellQuote.quote(e.getValue()) + "\n")
            .collect(Collectors.joining());
    try {
      Files.writeString(binary.resolveSibling("k6-standin.env"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
