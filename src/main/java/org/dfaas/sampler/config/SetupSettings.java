package org.dfaas.sampler.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code setup:} block: what {@code setup} installs on the k6 host and the node, at which
 * pinned versions, and from where, so that a lab without internet can mirror every download (and
 * the tests serve them from loopback). Every URL and version here is a default a user may override.
 *
 * @param k6 the k6 host's part
 * @param node the node's part
 */
public record SetupSettings(K6Install k6, NodeInstall node) {

  /** The pinned k6 release: the version the tool's scripts and summaries are tested against. */
  public static final String K6_VERSION = "0.54.0";

  /** k6's release tarball; {@code {version}} and {@code {arch}} (amd64 or arm64) are filled in. */
  public static final String K6_TARBALL_URL =
      "https://github.com/grafana/k6/releases/download/v{version}/k6-v{version}-linux-{arch}.tar.gz";

  /** The checksums file each k6 release publishes beside its tarballs. */
  public static final String K6_CHECKSUMS_URL =
      "https://github.com/grafana/k6/releases/download/v{version}/k6-v{version}-checksums.txt";

  /** The defaults of a config without a {@code setup:} block. */
  public static final SetupSettings DEFAULTS =
      new SetupSettings(
          new K6Install(
              K6_VERSION,
              K6Source.APT,
              K6_TARBALL_URL,
              K6_CHECKSUMS_URL,
              Map.of(),
              "/usr/local/bin",
              false,
              "https://dl.k6.io/deb",
              "https://dl.k6.io/key.gpg"),
          NodeInstall.defaults("127.0.0.1", "root", Path.of("~/.ssh/id_rsa"), null));

  public SetupSettings {
    Objects.requireNonNull(k6, "k6");
    Objects.requireNonNull(node, "node");
  }

  /** The value of {@code setup.k6_source}. */
  public enum K6Source implements ConfigKeyword {
    /** k6's signed apt repository, falling back to the release tarball. */
    APT,
    /** The release tarball only, verified by SHA-256. */
    TARBALL
  }

  /**
   * k6 on the k6 host.
   *
   * @param version the k6 release, without its {@code v}
   * @param source where k6 comes from
   * @param tarballUrl the tarball, with {@code {version}} and {@code {arch}}
   * @param checksumsUrl the release's checksums file, with {@code {version}}: used when {@code
   *     sha256} has no entry for the host's architecture
   * @param sha256 the tarball's SHA-256 by architecture ({@code amd64}, {@code arm64}), lower case
   * @param installDir the absolute folder k6 is installed into
   * @param installDirGiven whether the config named {@code install_dir}: then the executors run k6
   *     from there unless {@code k6_binary} says otherwise
   * @param aptRepository the apt repository's URL
   * @param aptKeyUrl the repository's signing key
   */
  public record K6Install(
      String version,
      K6Source source,
      String tarballUrl,
      String checksumsUrl,
      Map<String, String> sha256,
      String installDir,
      boolean installDirGiven,
      String aptRepository,
      String aptKeyUrl) {

    public K6Install {
      sha256 = Map.copyOf(sha256);
    }
  }

  /**
   * The node: k3s, helm, OpenFaaS, Prometheus with node-exporter and cAdvisor, Scaphandre.
   *
   * @param host the node's SSH address (default: the gateway URL's host)
   * @param port its SSH port
   * @param user the SSH user (default: {@code k6_user})
   * @param sshKey the SSH private key (default: {@code k6_ssh_key})
   * @param binDir where k3s, kubectl and helm are installed
   * @param k3sVersion the pinned k3s release
   * @param k3sInstallerUrl k3s' install script, which verifies what it downloads itself
   * @param k3sInstallerSha256 the script's SHA-256, for a mirrored copy; {@code null} to skip
   * @param helmVersion the pinned helm release
   * @param helmInstallerUrl helm's install script, which verifies what it downloads itself
   * @param helmInstallerSha256 the script's SHA-256, for a mirrored copy; {@code null} to skip
   * @param openfaasChartRepo the OpenFaaS chart repository
   * @param openfaasChartVersion the pinned chart version
   * @param prometheusImage Prometheus's image
   * @param nodeExporterImage node-exporter's image
   * @param cadvisorImage cAdvisor's image
   * @param scaphandreImage Scaphandre's image, deployed when {@code scaphandre_enabled}
   * @param passwordFile where the gateway's password is written on this machine; {@code null} for
   *     {@code openfaas_password_file}, else a file named after the node under {@code
   *     ~/.config/dfaas-sampler}
   */
  public record NodeInstall(
      String host,
      int port,
      String user,
      Path sshKey,
      String binDir,
      String k3sVersion,
      String k3sInstallerUrl,
      String k3sInstallerSha256,
      String helmVersion,
      String helmInstallerUrl,
      String helmInstallerSha256,
      String openfaasChartRepo,
      String openfaasChartVersion,
      String prometheusImage,
      String nodeExporterImage,
      String cadvisorImage,
      String scaphandreImage,
      Path passwordFile) {

    static final String K3S_VERSION = "v1.31.4+k3s1";
    static final String HELM_VERSION = "v3.16.4";

    /** The pinned defaults for a node reached as {@code host}. */
    static NodeInstall defaults(String host, String user, Path sshKey, Path passwordFile) {
      return new NodeInstall(
          host,
          22,
          user,
          sshKey,
          "/usr/local/bin",
          K3S_VERSION,
          "https://get.k3s.io",
          null,
          HELM_VERSION,
          "https://raw.githubusercontent.com/helm/helm/" + HELM_VERSION + "/scripts/get-helm-3",
          null,
          "https://openfaas.github.io/faas-netes/",
          "14.2.34",
          "prom/prometheus:v2.53.3",
          "prom/node-exporter:v1.8.2",
          "gcr.io/cadvisor/cadvisor:v0.49.1",
          "hubblo/scaphandre:1.0.0",
          passwordFile);
    }
  }
}
