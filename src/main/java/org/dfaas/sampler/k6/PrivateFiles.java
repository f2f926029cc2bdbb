package org.dfaas.sampler.k6;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary folders and files only their owner can read (0700 / 0600), for what the Ansible
 * executor hands to {@code ansible-playbook}: other users of a shared machine see neither the
 * scripts (which name the gateway) nor the inventory. Stateless.
 */
public final class PrivateFiles {

  private PrivateFiles() {}

  public static Path folder(Path parent, String prefix) throws IOException {
    return Files.createTempDirectory(
        parent,
        prefix,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
  }

  public static Path folder(String prefix) throws IOException {
    return Files.createTempDirectory(
        prefix, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
  }

  /**
   * Writes {@code text} to a new file {@code name} in {@code folder}, readable by its owner only.
   */
  public static Path write(Path folder, String name, String text) throws IOException {
    Path file =
        Files.createFile(
            folder.resolve(name),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Deletes {@code folder} and everything in it; a folder already gone is fine. */
  public static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
