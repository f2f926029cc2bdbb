package org.dfaas.sampler.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * The gateway's password on this machine: a file only its owner can read (0600) in a folder made
 * 0700 when it did not exist, replaced atomically. Its content is never logged or printed.
 */
final class PasswordFile {

  private PasswordFile() {}

  /**
   * Moves the password {@code handover} holds into {@code target} unless {@code target} holds the
   * same already.
   *
   * @return whether {@code target} was written
   */
  static boolean replace(Path handover, Path target) throws IOException {
    byte[] password = Files.readAllBytes(handover);
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), password)) {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
      return false;
    }
    Path folder = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(
          folder,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    Path staged =
        Files.createTempFile(
            folder,
            ".openfaas-password-",
            ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.write(staged, password);
      Files.move(
          staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(staged);
    }
    return true;
  }
}
