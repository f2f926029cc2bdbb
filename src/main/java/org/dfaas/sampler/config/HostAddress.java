package org.dfaas.sampler.config;

import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/**
 * The {@code {host.address}} placeholder of {@code gateway_url} and {@code prometheus_url}, as the
 * old tool's later versions read it: env {@code LB_RUN_HOST_ADDRESS}, else the target's name (env
 * {@code LB_RUN_HOST}, else this machine's host name). Replaced when the parts are built, so a
 * config names every host of a fleet with one URL.
 */
public final class HostAddress {

  /** The placeholder, as written in a URL. */
  public static final String PLACEHOLDER = "{host.address}";

  /** A host name, an IPv4 address or a bracketed IPv6 address: what may stand in a URL's host. */
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\]");

  private HostAddress() {}

  /**
   * {@code config} with the placeholder replaced in both URLs; {@code config} itself when neither
   * holds it.
   *
   * @throws SamplerException with exit code 2 when the address to put in is not a host
   */
  public static SamplerConfig resolve(
      SamplerConfig config, Map<String, String> env, Supplier<String> hostName) {
    boolean gateway = config.gatewayUrl().contains(PLACEHOLDER);
    boolean prometheus = config.prometheusUrl().contains(PLACEHOLDER);
    if (!gateway && !prometheus) {
      return config;
    }
    String address = address(env, hostName);
    return config
        .withGatewayUrl(config.gatewayUrl().replace(PLACEHOLDER, address))
        .withPrometheusUrl(config.prometheusUrl().replace(PLACEHOLDER, address));
  }

  private static String address(Map<String, String> env, Supplier<String> hostName) {
    String source = "LB_RUN_HOST_ADDRESS";
    String address = env.get(source);
    if (address == null || address.isBlank()) {
      source = "LB_RUN_HOST";
      address = env.get(source);
    }
    if (address == null || address.isBlank()) {
      source = "this machine's host name";
      address = hostName.get();
    }
    if (address == null || !HOST.matcher(address).matches()) {
      throw new SamplerException(
          PLACEHOLDER
              + " in gateway_url or prometheus_url: "
              + source
              + " is not a host name"
              + " or address, got \""
              + address
              + "\"",
          ExitCode.BAD_INPUT,
          "set LB_RUN_HOST_ADDRESS to the target's address",
          null);
    }
    return address;
  }
}
