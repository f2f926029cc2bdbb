package org.dfaas.sampler.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfaas.sampler.RegularFiles;

/**
 * Who holds an output folder, read from its lock file without locking it: a reader beside a running
 * campaign must never take the lock the campaign (or its resume) asks for. A campaign writes its
 * owner there while it runs and empties the file when it ends cleanly; a campaign that died leaves
 * its owner behind.
 *
 * @param text the owner as written ({@code pid 1234 on host h since …}); empty when released
 */
public record LockOwner(String text) {

  private static final Pattern OWNER = Pattern.compile("^pid (\\d+) on host (\\S+) ");

  /** The lock file's owner; empty when the folder has no lock file. */
  public static Optional<LockOwner> of(Path folder) throws IOException {
    Path file = folder.resolve(FolderLock.NAME);
    if (!RegularFiles.checkFile(file, "lock file")) {
      return Optional.empty();
    }
    byte[] bytes = RegularFiles.readCapped(file, "lock file", 4096);
    return Optional.of(new LockOwner(new String(bytes, StandardCharsets.UTF_8).strip()));
  }

  /** Whether a campaign released the folder cleanly. */
  public boolean released() {
    return text.isEmpty();
  }

  /** The owner's process id, when the text names one. */
  public OptionalLong pid() {
    Matcher m = OWNER.matcher(text);
    return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  /** The owner's host, when the text names one. */
  public Optional<String> host() {
    Matcher m = OWNER.matcher(text);
    return m.find() ? Optional.of(m.group(2)) : Optional.empty();
  }
}
