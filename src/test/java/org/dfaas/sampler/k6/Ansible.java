package org.dfaas.sampler.k6;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dfaas.sampler.Prerequisites;

/**
 * Whether {@code ansible-playbook} is on the PATH: a missing one fails a test on CI ({@code
 * CI=true}) and skips it elsewhere, saying how to install it.
 */
final class Ansible {

  private Ansible() {}

  static void assumeInstalled() {
    String path = System.getenv().getOrDefault("PATH", "");
    boolean found =
        Arrays.stream(path.split(File.pathSeparator))
            .filter(entry -> !entry.isEmpty())
            .anyMatch(entry -> Files.isExecutable(Path.of(entry, "ansible-playbook")));
    if (found) {
      return;
    }
    String message =
        "ansible-playbook is not installed: install the Debian package ansible-core (scripts/test"
            + " does it) to run the Ansible executor's integration tests";
    throw Prerequisites.missing(message);
  }
}
