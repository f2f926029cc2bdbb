package org.dfaas.sampler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a headless Chromium as the tests run it: quiet, offline, its own profile. */
public final class HeadlessChromium {

  private HeadlessChromium() {}

  /** Chromium with {@code profile} as its user data folder, then {@code arguments}. */
  public static List<String> command(Path profile, String... arguments) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Tool.CHROMIUM.path().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile));
    command.addAll(List.of(arguments));
    return command;
  }
}
