package org.dfaas.sampler.dashboard;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/**
 * How a dashboard serves a folder.
 *
 * @param folder the output folder; it may not exist yet
 * @param bind the address to listen on
 * @param port the port; 0 for any free one
 * @param token the token every request must carry; required unless {@code bind} is loopback
 * @param poll how often the folder is looked at
 * @param charts how often, at most, the charts are drawn again
 */
public record DashboardOptions(
    Path folder,
    InetAddress bind,
    int port,
    Optional<AccessToken> token,
    Duration poll,
    Duration charts) {

  /** How often a folder is looked at by default. */
  public static final Duration POLL = Duration.ofSeconds(1);

  /** How often, at most, the charts are drawn again by default. */
  public static final Duration CHARTS = Duration.ofSeconds(5);

  /**
   * @throws SamplerException exit 2 when {@code bind} is not loopback and there is no token, or the
   *     port is out of range
   */
  public DashboardOptions {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(token, "token");
    if (port < 0 || port > 65535) {
      throw new SamplerException(
          "--port " + port + " is not a port (0..65535)", ExitCode.BAD_INPUT, null, null);
    }
    if (!bind.isLoopbackAddress() && token.isEmpty()) {
      throw new SamplerException(
          "a dashboard bound to "
              + bind.getHostAddress()
              + " (not loopback) needs a token: anyone who reaches it would see the campaign",
          ExitCode.BAD_INPUT,
          "add --new-token (generated, shown once) or --token-file FILE, or bind to 127.0.0.1"
              + " and reach it over an SSH tunnel",
          null);
    }
  }

  /** Loopback, any free port or {@code port}, no token, the default pace. */
  public static DashboardOptions loopback(Path folder, int port) {
    return new DashboardOptions(
        folder, InetAddress.getLoopbackAddress(), port, Optional.empty(), POLL, CHARTS);
  }
}
