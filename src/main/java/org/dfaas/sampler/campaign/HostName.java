package org.dfaas.sampler.campaign;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This machine's host name as the kernel knows it, which is what the old tool's {@code
 * socket.gethostname()} gave; not a DNS lookup, which can hang or answer with another name.
 */
public final class HostName {

  private static final Path KERNEL_HOSTNAME = Path.of("/proc/sys/kernel/hostname");

  private HostName() {}

  public static String get() {
    try {
      String name = Files.readString(KERNEL_HOSTNAME, StandardCharsets.UTF_8).trim();
      if (!name.isEmpty()) {
        return name;
      }
    } catch (IOException notLinux) {
      // fall through to the JDK, which asks the operating system
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
