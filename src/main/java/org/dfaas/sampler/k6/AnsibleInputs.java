package org.dfaas.sampler.k6;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6ExecutionSettings.HostKeyPolicy;
import org.dfaas.sampler.config.K6Settings;

/**
 * The inventory and extra vars handed to {@code ansible-playbook}, written as YAML (which the YAML
 * inventory plugin and {@code -e @file} both read) so that no path, tag or output needs quoting for
 * a shell or an INI line. Every string is tagged {@code !unsafe}: Ansible templates variables when
 * it reads them, and a tag or output holding {@code {{ lookup('pipe', ...) }}} would otherwise run
 * on the controller. They hold paths and names only: no passphrase or password ever reaches them.
 * Stateless.
 */
public final class AnsibleInputs {

  /** The inventory group the playbook's play targets. */
  static final String GROUP = "k6";

  /** The inventory name of the k6 host; its address is {@code ansible_host}. */
  static final String HOST = "k6_host";

  /**
   * The remote shell whatever the user's login shell (bash, dash, fish, csh): Ansible wraps each of
   * its own commands in {@code /bin/sh -c '…'}, with no backslash for fish to read, and with
   * pipelining every module and its arguments (paths, tags) reach Python on stdin, never on a
   * command line. So the shell type stays {@code sh}, named here rather than left to a default or
   * to a host's {@code ansible.cfg}. A playbook of the tool's other Ansible runs uses these too.
   */
  static final Map<String, Object> SHELL_ANY_LOGIN =
      Map.of("ansible_shell_type", "sh", "ansible_shell_executable", "/bin/sh");

  private AnsibleInputs() {}

  /** A one-host inventory for the k6 host of {@code target}, honouring the host-key policy. */
  static String inventory(K6Settings target, K6ExecutionSettings execution) {
    return inventory(
        GROUP, HOST, target.host(), target.port(), target.user(), target.sshKey(), execution);
  }

  /**
   * A one-host inventory: {@code name} in {@code group}, reached over SSH at {@code address}, with
   * the host-key policy and timeouts of {@code execution}.
   */
  public static String inventory(
      String group,
      String name,
      String address,
      int port,
      String user,
      Path key,
      K6ExecutionSettings execution) {
    Map<String, Object> host = new LinkedHashMap<>();
    host.put("ansible_connection", "ssh");
    host.put("ansible_host", address);
    host.put("ansible_port", port);
    host.put("ansible_user", user);
    host.put("ansible_ssh_private_key_file", key.toString());
    host.put("ansible_ssh_timeout", execution.connectTimeoutSeconds());
    host.put("ansible_host_key_checking", execution.hostKeyPolicy() != HostKeyPolicy.INSECURE);
    host.put(
        "ansible_ssh_common_args",
        sshCommonArgs(execution.hostKeyPolicy(), execution.knownHosts()));
    host.put("ansible_python_interpreter", "auto_silent");
    host.putAll(SHELL_ANY_LOGIN);
    // One SSH operation per task instead of several (no temp file upload): nothing here uses
    // become, so requiretty cannot break it.
    host.put("ansible_pipelining", true);
    return "{\"all\": {\"children\": {\""
        + group
        + "\": {\"hosts\": {\""
        + name
        + "\": "
        + UnsafeYaml.variables(host)
        + "}}}}}\n";
  }

  /** The OpenSSH options of a host-key policy. */
  static String sshCommonArgs(HostKeyPolicy policy, Path knownHosts) {
    return switch (policy) {
      case ACCEPT_NEW -> "-o StrictHostKeyChecking=accept-new " + knownHostsOption(knownHosts);
      case STRICT -> "-o StrictHostKeyChecking=yes " + knownHostsOption(knownHosts);
      case INSECURE -> "-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null";
    };
  }

  /**
   * ssh reads a space in the value as a list of files, so the path is double-quoted for ssh's
   * config parser, then single-quoted for ansible's shlex split.
   */
  private static String knownHostsOption(Path knownHosts) {
    String path = knownHosts.toString();
    if (path.contains("\"")) {
      throw new IllegalArgumentException(
          "k6_known_hosts: ssh cannot read a path with a double quote, got " + path);
    }
    return "-o " + ShellQuote.quote("UserKnownHostsFile=\"" + path + "\"");
  }

  /**
   * The extra vars of one run: compat §10's six, plus the binary, outputs, tags and the run timeout
   * that bounds k6 on the host.
   */
  static String extraVars(
      K6RunRequest request, String binary, Path scriptSrc, Path summaryDest, long timeoutSeconds) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("target_name", request.targetName());
    vars.put("run_id", request.runId());
    vars.put("config_id", request.configId());
    vars.put("script_src", scriptSrc.toString());
    vars.put("summary_fetch_dest", summaryDest.toString());
    vars.put("k6_workspace_root", workspaceRoot(request.settings().workspaceRoot()));
    vars.put("k6_binary", binary);
    vars.put("k6_outputs", request.settings().outputs());
    vars.put("k6_tags", request.settings().tags());
    vars.put("k6_timeout_seconds", timeoutSeconds);
    return UnsafeYaml.variables(vars) + "\n";
  }

  /** The extra vars of {@code k6_version.yml}. */
  static String versionVars(String binary) {
    return UnsafeYaml.variables(Map.of("k6_binary", binary)) + "\n";
  }

  /**
   * The root without a trailing slash, so that the playbook's path equals {@link
   * K6RunRequest#workspace}.
   */
  private static String workspaceRoot(String root) {
    return root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root;
  }
}
