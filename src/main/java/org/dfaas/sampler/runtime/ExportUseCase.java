package org.dfaas.sampler.runtime;

import org.dfaas.sampler.export.DatasetExport;
import org.dfaas.sampler.export.ExportProgress;
import org.dfaas.sampler.export.ExportRequest;
import org.dfaas.sampler.export.ExportSummary;

/** The use case {@code export}: an output folder's dataset in the DFaaS project's formats. */
record ExportUseCase(SamplerEnvironment environment) {

  ExportSummary export(ExportRequest request, ExportProgress progress) {
    ExportRequest resolved =
        new ExportRequest(
            environment.resolve(request.source()),
            request.format(),
            environment.resolve(request.out()),
            request.target());
    return DatasetExport.run(resolved, progress);
  }
}
