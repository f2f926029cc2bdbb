package org.dfaas.sampler.k6;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * Users of this machine whose login shells are bash, dash, fish and tcsh, made with {@code useradd}
 * when missing, so a test logs in through OpenSSH as each. For tests that declare
 * {@code @Requires(Tool.LOGIN_SHELLS)}.
 */
final class LoginShellUsers {

  private LoginShellUsers() {}

  /** The user whose login shell is {@code /usr/bin/<shell>}, created when missing. */
  static synchronized String user(String shell) throws IOException, InterruptedException {
    String user = "dfaas-" + shell;
    if (run("id", "-u", user) != 0) {
      // Password "*": no password login, yet not locked ("!"), which sshd without PAM refuses.
      int status =
          run("useradd", "--create-home", "--password", "*", "--shell", "/usr/bin/" + shell, user);
      if (status != 0 && run("id", "-u", user) != 0) {
        throw new IllegalStateException("useradd " + user + " failed with " + status);
      }
    }
    return user;
  }

  /**
   * Lets every user reach {@code folder}'s files (a test's temporary folder is private to its
   * owner) and write into {@code writable}, sticky like /tmp.
   */
  static void share(Path folder, Path writable) throws IOException, InterruptedException {
    for (Path path = folder;
        path != null && !path.equals(path.getRoot());
        path = path.getParent()) {
      if (path.startsWith(Path.of(System.getProperty("java.io.tmpdir")))
          && !path.equals(Path.of(System.getProperty("java.io.tmpdir")))) {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    Files.createDirectories(writable);
    Files.setPosixFilePermissions(writable, PosixFilePermissions.fromString("rwxrwxrwx"));
    if (run("chmod", "+t", writable.toString()) != 0) {
      throw new IllegalStateException("chmod +t " + writable + " failed");
    }
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not end");
    }
    if (process.exitValue() != 0 && !command[0].equals("id")) {
      System.err.println(String.join(" ", command) + ": " + output);
    }
    return process.exitValue();
  }
}
