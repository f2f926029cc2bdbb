package org.dfaas.sampler.runtime;

import org.dfaas.sampler.dashboard.DashboardOptions;
import org.dfaas.sampler.dashboard.DashboardServer;

/**
 * The use case {@code dashboard}: a live page of an output folder, served until closed. Needs no
 * config and starts no part: it only reads the folder, without its lock, so it runs beside the
 * campaign writing it (or inside it, {@code run --dashboard}).
 */
record DashboardUseCase(SamplerEnvironment environment) {

  DashboardServer serve(DashboardOptions options) {
    DashboardOptions resolved =
        new DashboardOptions(
            environment.resolve(options.folder()),
            options.bind(),
            options.port(),
            options.token(),
            options.poll(),
            options.charts());
    return DashboardServer.start(resolved, environment.clock());
  }
}
