package org.dfaas.sampler.cli;

import java.nio.file.Path;
import org.dfaas.sampler.dashboard.DashboardOptions;
import org.dfaas.sampler.dashboard.DashboardServer;
import org.dfaas.sampler.runtime.SamplerEnvironment;
import org.dfaas.sampler.runtime.SamplerRuntime;
import picocli.CommandLine.Option;

/** {@code run --dashboard [PORT]}: the live page of the output folder while the campaign runs. */
final class DashboardOption {

  @Option(
      names = "--dashboard",
      arity = "0..1",
      paramLabel = "PORT",
      fallbackValue = "" + DashboardCommand.DEFAULT_PORT,
      description =
          "Also serve the live page of the output folder on 127.0.0.1:PORT (default "
              + DashboardCommand.DEFAULT_PORT
              + ") while the campaign runs, as `dashboard` does.")
  Integer port;

  /** The live page of {@code folder} when {@code --dashboard} asks for it; null otherwise. */
  DashboardServer serve(SamplerEnvironment environment, Path folder) {
    if (port == null) {
      return null;
    }
    DashboardServer server =
        SamplerRuntime.dashboard(environment, DashboardOptions.loopback(folder, port));
    environment.err().println("dashboard of " + folder + " at " + server.uri());
    environment.err().flush();
    return server;
  }
}
