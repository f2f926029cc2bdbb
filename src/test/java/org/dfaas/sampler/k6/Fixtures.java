package org.dfaas.sampler.k6;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.K6Settings;
import org.dfaas.sampler.config.LoadDuration;

/** The inputs described in {@code fixtures/k6/README.md}, and a way to read the fixtures. */
final class Fixtures {

  static final String GATEWAY = "http://10.0.0.20:31112/";
  static final LoadDuration DURATION = LoadDuration.parse("30s").orElseThrow();

  static final FunctionSpec FIGLET =
      new FunctionSpec(
          "figlet", "POST", "Hello DFaaS!", Map.of("Content-Type", "text/plain"), null);
  static final FunctionSpec ENV = new FunctionSpec("env", "GET", "", Map.of(), null);
  static final FunctionSpec QRCODE =
      new FunctionSpec("qrcode-go", "POST", "https://example.org", Map.of(), null);

  /** In file order, not name order: the runner must sort. */
  static final List<FunctionSpec> FUNCTIONS = List.of(FIGLET, ENV, QRCODE);

  static final K6Settings SETTINGS = settings(List.of(), Map.of());

  private Fixtures() {}

  static K6Settings settings(List<String> outputs, Map<String, String> tags) {
    return new K6Settings(
        "k6.example",
        "ubuntu",
        Path.of("/home/ubuntu/.ssh/id_rsa"),
        22,
        "/var/lib/dfaas-k6",
        true,
        outputs,
        new LinkedHashMap<>(tags));
  }

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/k6/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
