package org.dfaas.sampler.setup;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/** Finds {@code ansible-playbook}, which {@code setup} and {@code teardown} need. */
public final class AnsiblePlaybook {

  static final String HINT =
      "setup and teardown run Ansible on this machine: install it (Debian/Ubuntu: 'apt-get install"
          + " ansible-core'; elsewhere 'pipx install ansible-core') and run the command again";

  /** Where a process without PATH looks, as a POSIX shell's default. */
  private static final String DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin";

  private AnsiblePlaybook() {}

  /**
   * {@code ansible-playbook} on {@code env}'s PATH.
   *
   * @throws SamplerException exit 2, saying how to install it, when there is none
   */
  public static Path find(Map<String, String> env) {
    return onPath(env.getOrDefault("PATH", DEFAULT_PATH))
        .orElseThrow(
            () ->
                new SamplerException(
                    "ansible-playbook not found on the PATH", ExitCode.BAD_INPUT, HINT, null));
  }

  private static Optional<Path> onPath(String path) {
    for (String folder : path.split(File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(folder, "ansible-playbook");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
