package org.dfaas.sampler.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.Secrets;
import org.dfaas.sampler.dashboard.AccessToken;
import org.dfaas.sampler.dashboard.DashboardOptions;
import org.dfaas.sampler.dashboard.DashboardServer;
import org.dfaas.sampler.runtime.SamplerRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dashboard}: a live page of a running or finished campaign, served until Ctrl-C. */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a live page of a campaign's output folder, running or finished: its state, ETA,"
          + " targets, overload maps filling in, latest rows and failures, pushed to the browser"
          + " as they land (docs/dashboard.md).",
      "Only reads the folder (no lock, nothing written), so it runs beside `run` and across its"
          + " restarts; a folder with no campaign yet is waited for. Ctrl-C stops it.",
      "Loopback by default: reach it from elsewhere over an SSH tunnel. Any other --bind needs"
          + " a token."
    })
final class DashboardCommand extends EnvironmentCommand {

  /** The port when none is given: fixed, so an SSH tunnel's command stays the same. */
  static final int DEFAULT_PORT = 8765;

  @Parameters(paramLabel = "DIR", description = "The output folder (its output_dir).")
  Path folder;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The port (default: " + DEFAULT_PORT + "; 0 for any free one).")
  int port = DEFAULT_PORT;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      description = "The address to listen on (default: 127.0.0.1); any other needs a token.")
  String bind = "127.0.0.1";

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "Every request must carry the token in FILE (?token=… once, then a cookie).")
  Path tokenFile;

  @Option(
      names = "--new-token",
      description = "Generate a token and print the link holding it, once.")
  boolean newToken;

  @Override
  public Integer call() throws InterruptedException {
    if (tokenFile != null && newToken) {
      throw new SamplerException(
          "--token-file and --new-token exclude each other", ExitCode.BAD_INPUT, null, null);
    }
    Optional<AccessToken> token =
        tokenFile != null
            ? Optional.of(
                AccessToken.of(Secrets.read(environment.resolve(tokenFile), "--token-file")))
            : newToken ? Optional.of(AccessToken.generate()) : Optional.empty();
    DashboardOptions options =
        new DashboardOptions(
            folder, address(bind), port, token, DashboardOptions.POLL, DashboardOptions.CHARTS);
    // Ctrl-C ends the process (exit 130) with nothing to tidy: the dashboard writes nothing.
    try (DashboardServer server = SamplerRuntime.dashboard(environment, options)) {
      environment
          .out()
          .println(
              "dashboard of "
                  + environment.resolve(folder)
                  + " at "
                  + (newToken ? server.uri() : server.uri().resolve("/"))
                  + (token.isPresent() && !newToken ? " (add ?token=… from the token file)" : ""));
      environment.out().println("Ctrl-C stops it.");
      environment.out().flush();
      new CountDownLatch(1).await();
      return ExitCode.OK;
    }
  }

  static InetAddress address(String bind) {
    try {
      return InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new SamplerException(
          "--bind " + bind + ": no such address", ExitCode.BAD_INPUT, "give an IP address", e);
    }
  }
}
