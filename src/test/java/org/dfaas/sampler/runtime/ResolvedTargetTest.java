package org.dfaas.sampler.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config's targets, each with the config and the parts a single-target campaign of it has. */
class ResolvedTargetTest {

  @TempDir Path dir;

  private static SamplerConfig config(String yaml) {
    return new ConfigLoader(Path.of("/home/tester"), () -> 1L)
        .load("test.yaml", yaml, List.of())
        .config();
  }

  private SamplerEnvironment environment(Map<String, String> env) {
    return new SamplerEnvironment(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), env, dir);
  }

  @Test
  void aConfigWithoutTargetsHasOneNamedAsToday() {
    SamplerConfig config = config("gateway_url: 'http://{host.address}:31112'");

    List<ResolvedTarget> targets =
        ResolvedTarget.of(config, Map.of("LB_RUN_HOST", "node-7"), () -> "machine");

    assertThat(targets)
        .singleElement()
        .satisfies(
            target -> {
              assertThat(target.name()).isEqualTo("node-7");
              assertThat(target.implicit()).isTrue();
              assertThat(target.config().gatewayUrl()).isEqualTo("http://node-7:31112");
            });
    assertThat(ResolvedTarget.of(config, Map.of(), () -> "machine").get(0).name())
        .isEqualTo("machine");
  }

  @Test
  void eachTargetReplacesTheHostAddressWithItsOwnName() {
    SamplerConfig config =
        config(
            """
            gateway_url: 'http://{host.address}:31112'
            targets_mode: fleet
            targets:
              - {name: light, node_type: LIGHT}
              - {name: heavy, gateway_url: 'http://10.0.0.3:31112'}
            """);

    List<ResolvedTarget> targets =
        ResolvedTarget.of(config, Map.of("LB_RUN_HOST", "ignored"), () -> "machine");

    assertThat(targets).extracting(ResolvedTarget::name).containsExactly("light", "heavy");
    assertThat(targets).noneMatch(ResolvedTarget::implicit);
    assertThat(targets.get(0).nodeType()).isEqualTo("LIGHT");
    assertThat(targets.get(0).config().gatewayUrl()).isEqualTo("http://light:31112");
    assertThat(targets.get(1).config().gatewayUrl()).isEqualTo("http://10.0.0.3:31112");
    assertThat(targets).allMatch(target -> target.config().targets().isEmpty());
  }

  @Test
  void eachSandboxTargetGetsItsOwnPlatformOnItsOwnLoopbackPort() {
    SamplerConfig config =
        config(
            """
            load_generator: builtin
            metrics_source: sandbox
            functions: [{name: figlet}]
            targets_mode: fleet
            targets: [{name: a, platform: sandbox}, {name: b, platform: sandbox}]
            """);
    SamplerEnvironment environment = environment(Map.of());
    try (SamplerRuntime runtime = SamplerRuntime.open(config, environment)) {
      List<ResolvedTarget> targets = runtime.targets();
      try (PlatformParts a =
              PlatformParts.start(targets.get(0), environment, SandboxOptions.DEFAULTS);
          PlatformParts b =
              PlatformParts.start(targets.get(1), environment, SandboxOptions.DEFAULTS)) {
        assertThat(a.config().gatewayUrl()).startsWith("http://127.0.0.1:");
        assertThat(b.config().gatewayUrl()).startsWith("http://127.0.0.1:");
        assertThat(a.config().gatewayUrl()).isNotEqualTo(b.config().gatewayUrl());
        assertThat(a.gateway().functions()).isNotEmpty();
        assertThat(b.gateway().functions()).isNotEmpty();
      }
    }
  }
}
