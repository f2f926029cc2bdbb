package org.dfaas.sampler.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.FunctionMeasurement;
import org.dfaas.sampler.results.RecordedRow;
import org.dfaas.sampler.results.ResultRow;

/**
 * One JSON object per measured iteration, one per line (JSON Lines; schema in docs/export.md).
 * Units are the results file's (milliseconds, bytes, percent); an unknown value is {@code null},
 * never NaN, which JSON lacks. Not thread-safe.
 */
final class JsonLinesDataset implements DatasetSink {

  private final OutputStream file;
  private final JsonGenerator json;
  private boolean anyRow;

  JsonLinesDataset(Path path) throws IOException {
    this.file = Files.newOutputStream(path);
    this.json =
        new JsonFactory()
            .createGenerator(file)
            .setPrettyPrinter(new MinimalPrettyPrinter("\n"))
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override
  public void row(RecordedRow recorded, String target) throws IOException {
    anyRow = true;
    ResultRow row = recorded.row();
    Configuration configuration = recorded.configuration();
    json.writeStartObject();
    json.writeStringField("target", target);
    json.writeStringField("config_id", configuration.id());
    json.writeArrayFieldStart("functions");
    for (FunctionMeasurement f : row.functions()) {
      function(f);
    }
    json.writeEndArray();
    json.writeObjectFieldStart("node");
    usage("idle", row.node().idle());
    usage("loaded", row.node().loaded());
    json.writeEndObject();
    json.writeNumberField("rest_seconds", row.node().restSeconds());
    json.writeNumberField("dropped_iterations", row.droppedIterations());
    json.writeBooleanField("overloaded_node", row.node().overloaded());
    json.writeArrayFieldStart("overload_reasons");
    for (String reason : row.overloadReasons()) {
      json.writeString(reason);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void function(FunctionMeasurement f) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", f.name());
    json.writeNumberField("rate", f.rate());
    number("success_rate", f.successRate());
    number("cpu_usage", f.usage().cpu());
    number("ram_usage", f.usage().ram());
    number("power_usage", f.usage().power());
    json.writeNumberField("replicas", f.replicas());
    json.writeBooleanField("overloaded", f.overloaded());
    number("latency_mean_ms", f.avgLatencyMs());
    number("latency_avg_ms", f.latency().avgMs());
    number("latency_med_ms", f.latency().medMs());
    number("latency_p90_ms", f.latency().p90Ms());
    number("latency_p95_ms", f.latency().p95Ms());
    number("request_count", f.requestCount());
    json.writeEndObject();
  }

  private void usage(String name, NodeUsage usage) throws IOException {
    json.writeObjectFieldStart(name);
    number("cpu_usage", usage.cpu());
    number("ram_usage", usage.ram());
    number("ram_usage_percentage", usage.ramPct());
    number("power_usage", usage.power());
    json.writeEndObject();
  }

  private void number(String name, double value) throws IOException {
    if (Double.isFinite(value)) {
      json.writeNumberField(name, value);
    } else {
      json.writeNullField(name);
    }
  }

  @Override
  public boolean predictedOverload(Configuration configuration) {
    return false;
  }

  @Override
  public void close() throws IOException {
    try (file) {
      if (anyRow) {
        json.writeRaw('\n');
      }
      json.close();
    }
  }
}
