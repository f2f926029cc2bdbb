package org.dfaas.sampler.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The k3s installer and helm's installer as a lab's mirror would serve them, except that they
 * install stand-ins of k3s, kubectl and helm that record every command they receive (one argument
 * per line, each call opened by a line naming the program) and keep just enough state to answer as
 * the real ones do on a second run.
 */
final class NodeStandIns {

  static final String K3S_INSTALLER = "k3s-install.sh";
  static final String HELM_INSTALLER = "get-helm-3";

  private final Path record;
  private final Path state;

  private NodeStandIns(Path record, Path state) {
    this.record = record;
    this.state = state;
  }

  /** Writes both installers into {@code mirror}; what they install records into {@code dir}. */
  static NodeStandIns write(Path mirror, Path dir) throws IOException {
    Path record = dir.resolve("commands.txt");
    Path state = Files.createDirectories(dir.resolve("state"));
    Files.createDirectories(mirror);
    String recordArgs =
        "{ printf '%s\\n' \"== $(basename \"$0\")\"; for a in \"$@\"; do printf '%s\\n' \"$a\";"
            + " done; } >> "
            + quote(record.toString())
            + "\n";
    String stateDir = quote(state.toString());
    String kubectl =
        "#!/bin/sh\n"
            + recordArgs
            + "S="
            + stateDir
            + "\n"
            + "case \"$1 $2\" in\n"
            + "  'get namespace') [ -e \"$S/ns-$3\" ] || { echo \"namespace $3 not found\" >&2;"
            + " exit 1; } ;;\n"
            + "  'create namespace') touch \"$S/ns-$3\"; echo \"namespace/$3 created\" ;;\n"
            + "  'get secret') printf '%s' 'c3RhbmQtaW4tcGFzc3dvcmQ=' ;;\n"
            + "  'apply --filename') f=\"$S/applied-$(basename \"$3\")\";"
            + " if cmp -s \"$3\" \"$f\"; then echo 'deployment.apps/prometheus unchanged';"
            + " else cp \"$3\" \"$f\"; echo 'deployment.apps/prometheus configured'; fi ;;\n"
            + "esac\n";
    String k3sInstaller =
        "#!/bin/sh\n"
            + "set -e\n"
            + "printf '%s\\n' '== k3s-installer' \"INSTALL_K3S_VERSION=$INSTALL_K3S_VERSION\""
            + " \"INSTALL_K3S_BIN_DIR=$INSTALL_K3S_BIN_DIR\" \"INSTALL_K3S_EXEC=$INSTALL_K3S_EXEC\""
            + " >> "
            + quote(record.toString())
            + "\n"
            + "mkdir -p \"$INSTALL_K3S_BIN_DIR\"\n"
            + "cat > \"$INSTALL_K3S_BIN_DIR/k3s\" <<EOF\n#!/bin/sh\n"
            + "echo \"k3s version $INSTALL_K3S_VERSION (stand-in)\"\nEOF\n"
            + "cat > \"$INSTALL_K3S_BIN_DIR/kubectl\" <<'EOF'\n"
            + kubectl
            + "EOF\n"
            + "chmod 755 \"$INSTALL_K3S_BIN_DIR/k3s\" \"$INSTALL_K3S_BIN_DIR/kubectl\"\n";
    String helm =
        "#!/bin/sh\n"
            + recordArgs
            + "S="
            + stateDir
            + "\n"
            + "case \"$1\" in\n"
            + "  version) echo \"$HELM_STANDIN_VERSION+gstandin\" ;;\n"
            + "  list) if [ -e \"$S/openfaas\" ]; then cat \"$S/openfaas\"; else echo '[]'; fi ;;\n"
            + "  upgrade) v=''; prev=''; for a in \"$@\"; do [ \"$prev\" = --version ] && v=\"$a\";"
            + " prev=\"$a\"; done;"
            + " printf '[{\"name\":\"openfaas\",\"chart\":\"openfaas-%s\",\"status\":\"deployed\"}]'"
            + " \"$v\" > \"$S/openfaas\" ;;\n"
            + "esac\n";
    String helmInstaller =
        "#!/bin/sh\n"
            + "set -e\n"
            + "printf '%s\\n' '== helm-installer' \"DESIRED_VERSION=$DESIRED_VERSION\""
            + " \"HELM_INSTALL_DIR=$HELM_INSTALL_DIR\" \"VERIFY_CHECKSUM=$VERIFY_CHECKSUM\" >> "
            + quote(record.toString())
            + "\n"
            + "mkdir -p \"$HELM_INSTALL_DIR\"\n"
            + "{ echo '#!/bin/sh'; echo \"HELM_STANDIN_VERSION='$DESIRED_VERSION'\";"
            + " cat <<'EOF'\n"
            + helm
            + "EOF\n} > \"$HELM_INSTALL_DIR/helm\"\n"
            + "chmod 755 \"$HELM_INSTALL_DIR/helm\"\n";
    Files.writeString(mirror.resolve(K3S_INSTALLER), k3sInstaller);
    Files.writeString(mirror.resolve(HELM_INSTALLER), helmInstaller);
    return new NodeStandIns(record, state);
  }

  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** Every call recorded: each a list whose first item names the program. */
  List<List<String>> calls() throws IOException {
    List<List<String>> calls = new ArrayList<>();
    if (!Files.exists(record)) {
      return calls;
    }
    for (String line : Files.readAllLines(record)) {
      if (line.startsWith("== ")) {
        calls.add(new ArrayList<>(List.of(line.substring(3))));
      } else if (!calls.isEmpty()) {
        calls.get(calls.size() - 1).add(line);
      }
    }
    return calls;
  }

  /** The programs called, in order. */
  List<String> programs() throws IOException {
    return calls().stream().map(call -> call.get(0)).toList();
  }

  /** Forgets the recorded calls, keeping the state. */
  void clear() throws IOException {
    Files.deleteIfExists(record);
  }
}
