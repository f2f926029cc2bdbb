package org.dfaas.sampler.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.SafeName;

/** The file moves of an export: its staging copy, one folder per target, the final rename. */
final class DatasetWriting {

  private DatasetWriting() {}

  /** The folder of one target's dataset: its name, which must be a plain file name. */
  static String folderName(String target, SourceFolder source) {
    if (!SafeName.isSafe(target)) {
      throw new SamplerException(
          source.folder() + ": target \"" + target + "\" cannot name a folder of the export",
          ExitCode.BAD_INPUT,
          "export that target alone with --target and a --out of your choice",
          null);
    }
    return target;
  }

  /**
   * Moves the contents of the one target's folder up into {@code staging} when there is only one
   * and no folder per target was asked for: a single node's dataset is the export itself.
   */
  static void collapseSingleTarget(Path staging, boolean onePerTarget, Collection<String> targets)
      throws IOException {
    if (onePerTarget || targets.size() != 1) {
      return;
    }
    Path only = staging.resolve(targets.iterator().next());
    List<Path> files;
    try (Stream<Path> children = Files.list(only)) {
      files = children.toList();
    }
    for (Path file : files) {
      Files.move(file, staging.resolve(file.getFileName().toString()));
    }
    Files.delete(only);
  }

  /** Renames the finished export into place; an empty folder there is replaced. */
  static void moveIntoPlace(Path staging, Path out) throws IOException {
    if (Files.isDirectory(out)) {
      Files.delete(out);
    }
    try {
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staging, out);
    }
  }

  static boolean isEmptyFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> children = Files.list(folder)) {
      return children.findAny().isEmpty();
    }
  }

  /** Deletes {@code root} and everything in it; nothing when it does not exist. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      Files.delete(path);
    }
  }
}
