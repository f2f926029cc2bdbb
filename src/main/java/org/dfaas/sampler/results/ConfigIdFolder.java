package org.dfaas.sampler.results;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.plan.ConfigKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which digest the config ids of an output folder's artifact names were made with: a folder the old
 * tool's later versions started names its summaries and scripts by SHA-256, one of the old tool by
 * SHA-1 (compat §11). A resumed folder keeps its names, whatever {@code config_id_hash} says now.
 */
public final class ConfigIdFolder {

  private static final Logger LOG = LoggerFactory.getLogger(ConfigIdFolder.class);

  // summary-{id}-iter…, metrics-{id}-iter…, config-{id}.js
  private static final Pattern ARTIFACT_ID =
      Pattern.compile("(?:summary|metrics|config)-([0-9a-f]{12})[-.].*");

  private ConfigIdFolder() {}

  /**
   * {@code wanted}, or the other digest when the folder's artifacts name the configurations it
   * holds by that one and none by {@code wanted} (a notice says so).
   *
   * @param known the configurations the folder's CSVs hold
   */
  public static ConfigIdHash follow(Path folder, Collection<ConfigKey> known, ConfigIdHash wanted) {
    if (known.isEmpty()) {
      return wanted;
    }
    Set<String> ids = artifactIds(folder);
    if (ids.isEmpty() || matches(known, ids, wanted)) {
      return wanted;
    }
    ConfigIdHash other = wanted.other();
    if (!matches(known, ids, other)) {
      return wanted;
    }
    LOG.warn(
        "{}: its artifacts are named by {} config ids; resuming with config_id_hash: {} (the"
            + " config's {} applies to new folders)",
        folder,
        other.key(),
        other.key(),
        wanted.key());
    return other;
  }

  private static boolean matches(Collection<ConfigKey> known, Set<String> ids, ConfigIdHash hash) {
    return known.stream().anyMatch(key -> ids.contains(key.configuration().id(hash)));
  }

  private static Set<String> artifactIds(Path folder) {
    Set<String> ids = new HashSet<>();
    for (String sub :
        new String[] {
          ArtifactNames.SUMMARIES_DIR, ArtifactNames.K6_SCRIPTS_DIR, ArtifactNames.METRICS_DIR
        }) {
      Path dir = folder.resolve(sub);
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
        for (Path file : files) {
          Matcher id = ARTIFACT_ID.matcher(file.getFileName().toString());
          if (id.matches()) {
            ids.add(id.group(1));
          }
        }
      } catch (NoSuchFileException e) {
        // A folder without this kind of artifact yet.
      } catch (IOException e) {
        throw new SamplerException("cannot list " + dir + ": " + e.getMessage(), e);
      }
    }
    return ids;
  }
}
