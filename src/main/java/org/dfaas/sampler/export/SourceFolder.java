package org.dfaas.sampler.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.results.ArtifactNames;

/**
 * One campaign folder to export: the folder named (one target or a pool) or one target's folder of
 * a fleet ({@code {output_dir}/{target}/}).
 *
 * @param folder the folder holding {@code results.csv}
 * @param name what its rows without a {@code target} cell are labelled: the fleet target's folder
 *     name, else the folder's own name
 * @param ofFleet whether it is one target's folder of a fleet
 */
record SourceFolder(Path folder, String name, boolean ofFleet) {

  /**
   * The folders {@code dir} stands for; with {@code target}, a fleet's gives only that target's.
   */
  static List<SourceFolder> find(Path dir, Optional<String> target) {
    if (Files.isRegularFile(dir.resolve(ArtifactNames.RESULTS_CSV))) {
      return List.of(new SourceFolder(dir, nameOf(dir), false));
    }
    if (!Files.isDirectory(dir)) {
      throw new SamplerException(
          dir + ": no such folder", ExitCode.BAD_INPUT, "name an output folder", null);
    }
    List<SourceFolder> fleet;
    try (Stream<Path> children = Files.list(dir)) {
      fleet =
          children
              .filter(child -> Files.isRegularFile(child.resolve(ArtifactNames.RESULTS_CSV)))
              .sorted()
              .map(child -> new SourceFolder(child, nameOf(child), true))
              .toList();
    } catch (IOException e) {
      throw new SamplerException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    if (fleet.isEmpty()) {
      throw new SamplerException(
          dir + ": no results.csv in it nor in any folder in it",
          ExitCode.BAD_INPUT,
          "name a campaign's output folder, or a fleet's (one folder per target)",
          null);
    }
    if (target.isEmpty()) {
      return fleet;
    }
    List<SourceFolder> chosen =
        fleet.stream().filter(source -> source.name().equals(target.get())).toList();
    if (chosen.isEmpty()) {
      throw new SamplerException(
          "--target " + target.get() + ": " + dir + " has no folder of that target",
          ExitCode.BAD_INPUT,
          "its targets: " + String.join(", ", fleet.stream().map(SourceFolder::name).toList()),
          null);
    }
    return chosen;
  }

  private static String nameOf(Path folder) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? "root" : name.toString();
  }
}
