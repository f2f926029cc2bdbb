package org.dfaas.sampler;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A program or facility of this machine that some tests need, how it is found and how to get it. A
 * test names the ones it needs with {@link Requires}; a fixture asks {@link #path()} for the one it
 * runs.
 */
public enum Tool {
  OPENSSH(
      "OpenSSH sshd (/usr/sbin/sshd) and ssh-keygen",
      "install the Debian package openssh-server (scripts/test does it)") {
    @Override
    Optional<Path> find() {
      return executable("/usr/sbin/sshd")
          .filter(sshd -> executable("/usr/bin/ssh-keygen").isPresent());
    }
  },
  ANSIBLE(
      "ansible-playbook",
      "install the Debian package ansible-core (scripts/test does it) to run the Ansible"
          + " executor's integration tests") {
    @Override
    Optional<Path> find() {
      return onPath("ansible-playbook");
    }
  },
  ANSIBLE_LINT(
      "ansible-lint",
      "install the Debian package ansible-lint (scripts/test does it) to lint the shipped"
          + " playbooks") {
    @Override
    Optional<Path> find() {
      return onPath("ansible-lint");
    }
  },
  PROMETHEUS(
      "prometheus",
      "apt-get install prometheus (scripts/test does it) to run the real Prometheus") {
    @Override
    Optional<Path> find() {
      return onPath("prometheus");
    }
  },
  NODE_EXPORTER(
      "prometheus-node-exporter",
      "apt-get install prometheus-node-exporter (scripts/test does it) for the node's metrics") {
    @Override
    Optional<Path> find() {
      return onPath("prometheus-node-exporter");
    }
  },
  NODE_JS("Node.js (/usr/bin/node)", "install Node.js to check that k6 scripts parse") {
    @Override
    Optional<Path> find() {
      return executable("/usr/bin/node");
    }
  },
  PYTHON3("python3", "install python3: Python's random module is the reference of these tests") {
    @Override
    Optional<Path> find() {
      return onPath("python3");
    }
  },
  PYTHON3_PANDAS(
      "Debian's python3 (/usr/bin/python3) with pandas",
      "apt-get install python3-pandas (scripts/test does it) to read exports as the DFaaS"
          + " project's notebooks do") {
    @Override
    Optional<Path> find() {
      return executable("/usr/bin/python3").filter(python -> importsPandas(python));
    }
  },
  CHROMIUM("chromium", "apt-get install chromium (scripts/test does it) to render the report") {
    @Override
    Optional<Path> find() {
      return onPath("chromium").or(() -> onPath("chromium-browser"));
    }
  },
  LINUX_PROC(
      "a readable /proc/stat", "run on Linux: the local metrics source reads Linux's /proc") {
    @Override
    Optional<Path> find() {
      Path stat = Path.of("/proc/stat");
      return Files.isReadable(stat) ? Optional.of(Path.of("/proc")) : Optional.empty();
    }
  },
  TMPFS_MOUNT(
      "mounting a small tmpfs",
      "run as root where mount(8) may mount a tmpfs (a container needs CAP_SYS_ADMIN)") {
    @Override
    Optional<Path> find() {
      return executable("/usr/bin/mount")
          .or(() -> executable("/bin/mount"))
          .filter(mount -> mountsATmpfs());
    }
  },
  WRK("wrk", "apt-get install wrk to compare with the benchmark's load generator") {
    @Override
    Optional<Path> find() {
      return onPath("wrk");
    }
  },
  HEY("hey", "apt-get install hey to compare with the benchmark's load generator") {
    @Override
    Optional<Path> find() {
      return onPath("hey");
    }
  },
  LOGIN_SHELLS(
      "bash, dash, fish and tcsh as login shells of test users (made with useradd as root)",
      "apt-get install dash fish tcsh (scripts/test does it) and run the tests as root, or create"
          + " the users dfaas-bash, dfaas-dash, dfaas-fish and dfaas-tcsh with those login shells") {
    @Override
    Optional<Path> find() {
      boolean shells =
          executable("/usr/bin/fish").isPresent()
              && executable("/usr/bin/dash").isPresent()
              && executable("/usr/bin/tcsh").isPresent();
      boolean users =
          executable("/usr/sbin/useradd").isPresent()
              && "root".equals(System.getProperty("user.name"));
      return shells && users ? Optional.of(Path.of("/usr/bin/fish")) : Optional.empty();
    }
  },
  /** What no machine has: {@code PrerequisitesTest} needs a tool that is surely missing. */
  NOWHERE(
      "a tool no machine has", "nothing to install: only the extension's own test asks for it") {
    @Override
    Optional<Path> find() {
      return Optional.empty();
    }
  };

  private final String what;
  private final String remedy;
  private Optional<Path> found;

  Tool(String what, String remedy) {
    this.what = what;
    this.remedy = remedy;
  }

  /** Looks for the tool on this machine, once per JVM: the program (or folder) to use. */
  abstract Optional<Path> find();

  /** Whether this machine has the tool (looked for once, then remembered). */
  public synchronized boolean isPresent() {
    if (found == null) {
      found = find();
    }
    return found.isPresent();
  }

  /** Why a test that needs the tool cannot run here, and how to fix that. */
  public String whyMissing() {
    return what + " is missing: " + remedy;
  }

  /**
   * The program to run. Only for a test that declared {@code @Requires} for this tool, so the
   * extension has already stopped the test when it is missing.
   */
  public Path path() {
    if (!isPresent()) {
      throw new IllegalStateException(
          whyMissing() + " (the test should declare @Requires(Tool." + name() + "))");
    }
    return found.orElseThrow();
  }

  private static Optional<Path> executable(String file) {
    Path path = Path.of(file);
    return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin");
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(folder -> !folder.isEmpty())
        .map(folder -> Path.of(folder, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Mounts and unmounts a tiny tmpfs: only trying tells whether this machine lets us. */
  private static boolean importsPandas(Path python) {
    try {
      return succeeds(python.toString(), "-c", "import pandas");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean mountsATmpfs() {
    try {
      Path point = Files.createTempDirectory("tmpfs-probe");
      try {
        if (!succeeds("mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", point.toString())) {
          return false;
        }
        return succeeds("umount", point.toString());
      } finally {
        Files.deleteIfExists(point);
      }
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean succeeds(String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return false;
    }
    return process.exitValue() == 0;
  }
}
