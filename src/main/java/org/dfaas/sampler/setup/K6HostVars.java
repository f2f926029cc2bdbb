package org.dfaas.sampler.setup;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dfaas.sampler.config.K6InstallSettings;
import org.dfaas.sampler.config.K6Settings;

/** The extra vars of {@code setup_k6.yml} and {@code teardown_k6.yml}. Stateless. */
final class K6HostVars {

  private K6HostVars() {}

  static Map<String, Object> setup(K6InstallSettings k6, K6Settings host) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("k6_version", k6.version());
    vars.put("k6_source", k6.source().key());
    // {arch} is the host's, known once its facts are read: the playbook fills it in.
    vars.put("k6_tarball_url", k6.tarballUrl().replace("{version}", k6.version()));
    vars.put("k6_checksums_url", k6.checksumsUrl().replace("{version}", k6.version()));
    vars.put("k6_sha256", k6.sha256());
    vars.put("k6_install_dir", trimmed(k6.installDir()));
    vars.put("k6_apt_repository", k6.aptRepository());
    vars.put("k6_apt_key_url", k6.aptKeyUrl());
    vars.put("k6_workspace_root", trimmed(host.workspaceRoot()));
    vars.put("k6_user", host.user());
    return vars;
  }

  static Map<String, Object> teardown(K6InstallSettings k6, K6Settings host, boolean all) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("k6_workspace_root", trimmed(host.workspaceRoot()));
    vars.put("k6_install_dir", trimmed(k6.installDir()));
    vars.put("k6_remove", all);
    return vars;
  }

  /** A folder without its trailing slash, so that {@code dir/k6} has one slash. */
  private static String trimmed(String folder) {
    return folder.length() > 1 && folder.endsWith("/")
        ? folder.substring(0, folder.length() - 1)
        : folder;
  }
}
