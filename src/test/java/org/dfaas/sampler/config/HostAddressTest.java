package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.junit.jupiter.api.Test;

/** {@code {host.address}} in the URLs, as the old tool's later versions replace it. */
class HostAddressTest {

  private static SamplerConfig config() {
    return new ConfigLoader(Path.of("/home/u"), () -> 1L)
        .load(
            "c.yaml",
            "gateway_url: http://{host.address}:31112\n"
                + "prometheus_url: https://{host.address}:30411/prom\n",
            List.of())
        .config();
  }

  @Test
  void takesTheAddressFromTheEnvironmentFirst() {
    SamplerConfig resolved =
        HostAddress.resolve(
            config(),
            Map.of("LB_RUN_HOST_ADDRESS", "10.0.0.7", "LB_RUN_HOST", "edge-1"),
            () -> "machine");

    assertThat(resolved.gatewayUrl()).isEqualTo("http://10.0.0.7:31112");
    assertThat(resolved.prometheusUrl()).isEqualTo("https://10.0.0.7:30411/prom");
  }

  @Test
  void fallsBackToTheTargetNameThenTheHostName() {
    assertThat(
            HostAddress.resolve(config(), Map.of("LB_RUN_HOST", "edge-1"), () -> "m").gatewayUrl())
        .isEqualTo("http://edge-1:31112");
    assertThat(HostAddress.resolve(config(), Map.of(), () -> "machine.lan").prometheusUrl())
        .isEqualTo("https://machine.lan:30411/prom");
  }

  @Test
  void refusesAnAddressThatIsNotAHost() {
    assertThatThrownBy(
            () ->
                HostAddress.resolve(
                    config(), Map.of("LB_RUN_HOST_ADDRESS", "a/b@c"), () -> "machine"))
        .isInstanceOfSatisfying(
            SamplerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
        .hasMessageContaining("LB_RUN_HOST_ADDRESS is not a host name");
  }

  @Test
  void leavesAConfigWithoutThePlaceholderAsItIs() {
    SamplerConfig plain =
        new ConfigLoader(Path.of("/home/u"), () -> 1L).load("c.yaml", "", List.of()).config();

    assertThat(HostAddress.resolve(plain, Map.of(), () -> "machine")).isSameAs(plain);
  }
}
