package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How {@code setup} installs k6 on the k6 host: the {@code setup.k6_*} keys.
 *
 * @param version the k6 release, without its {@code v}
 * @param source where k6 comes from
 * @param tarballUrl the tarball, with {@code {version}} and {@code {arch}}
 * @param checksumsUrl the release's checksums file, with {@code {version}}: used when {@code
 *     sha256} has no entry for the host's architecture
 * @param sha256 the tarball's SHA-256 by architecture ({@code amd64}, {@code arm64}), lower case
 * @param installDir the absolute folder k6 is installed into
 * @param aptRepository the apt repository's URL
 * @param aptKeyUrl the repository's signing key
 */
public record K6InstallSettings(
    String version,
    Source source,
    String tarballUrl,
    String checksumsUrl,
    Map<String, String> sha256,
    String installDir,
    String aptRepository,
    String aptKeyUrl) {

  /** The pinned k6 release: the version the tool's scripts and summaries are tested against. */
  public static final String VERSION = "0.54.0";

  /** k6's own naming of the architectures it ships. */
  static final Set<String> ARCHITECTURES = Set.of("amd64", "arm64");

  static final K6InstallSettings DEFAULTS =
      new K6InstallSettings(
          VERSION,
          Source.APT,
          "https://github.com/grafana/k6/releases/download/v{version}/k6-v{version}-linux-{arch}.tar.gz",
          "https://github.com/grafana/k6/releases/download/v{version}/k6-v{version}-checksums.txt",
          Map.of(),
          "/usr/local/bin",
          "https://dl.k6.io/deb",
          "https://dl.k6.io/key.gpg");

  public K6InstallSettings {
    sha256 = Map.copyOf(sha256);
  }

  /** The value of {@code setup.k6_source}. */
  public enum Source implements ConfigKeyword {
    /** k6's signed apt repository, falling back to the release tarball. */
    APT,
    /** The release tarball only, verified by SHA-256. */
    TARBALL
  }

  static K6InstallSettings read(ConfigNode node, Problems problems) {
    String version = SetupKeys.version(node, "k6_version", DEFAULTS.version);
    if (version.startsWith("v")) {
      problems.add(node.pathOf("k6_version"), "is written without its 'v', e.g. " + VERSION);
    }
    Source source = node.choice("k6_source", Source.values(), Source::key, DEFAULTS.source);
    String tarball = SetupKeys.url(node, "k6_tarball_url", DEFAULTS.tarballUrl);
    String checksums = SetupKeys.url(node, "k6_checksums_url", DEFAULTS.checksumsUrl);
    Map<String, String> sha256 = new LinkedHashMap<>();
    Rules.stringMap(node, "k6_sha256")
        .forEach(
            (arch, sum) -> {
              String at = node.pathOf("k6_sha256") + "." + arch;
              String lower = sum.toLowerCase(Locale.ROOT);
              if (!ARCHITECTURES.contains(arch)) {
                problems.add(at, "the architecture must be amd64 or arm64, as k6 names them");
              } else if (!SetupKeys.SHA256.matcher(lower).matches()) {
                problems.add(at, "must be 64 hexadecimal digits, got \"" + sum + "\"");
              }
              sha256.put(arch, lower);
            });
    return new K6InstallSettings(
        version,
        source,
        tarball,
        checksums,
        sha256,
        SetupKeys.absolute(node, "k6_install_dir", DEFAULTS.installDir),
        SetupKeys.url(node, "k6_apt_repository", DEFAULTS.aptRepository),
        SetupKeys.url(node, "k6_apt_key_url", DEFAULTS.aptKeyUrl));
  }

  void print(ObjectNode block) {
    block.put("k6_version", version);
    block.put("k6_source", source.key());
    block.put("k6_tarball_url", tarballUrl);
    block.put("k6_checksums_url", checksumsUrl);
    ConfigPrinter.putMap(block, "k6_sha256", sha256);
    block.put("k6_install_dir", installDir);
    block.put("k6_apt_repository", aptRepository);
    block.put("k6_apt_key_url", aptKeyUrl);
  }
}
