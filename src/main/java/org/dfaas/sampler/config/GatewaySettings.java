package org.dfaas.sampler.config;

import java.nio.file.Path;

/**
 * How the OpenFaaS gateway is read (compat §8): the namespace of the functions and the basic-auth
 * credentials. {@link #toString()} masks the password, so the record is safe to log.
 *
 * @param namespace the {@code ?namespace=} of {@code /system/functions}, or {@code null} for the
 *     gateway's default
 * @param user the basic-auth user
 * @param passwordFile the file holding the password, or {@code null}
 * @param password a password written in the config file (works, with a warning), or {@code null}
 */
public record GatewaySettings(String namespace, String user, Path passwordFile, String password) {

  /** The defaults: gateway's namespace, user {@code admin}, password from the environment. */
  public static final GatewaySettings DEFAULTS = new GatewaySettings(null, "admin", null, null);

  /** The environment variable read when neither a password file nor a password is configured. */
  public static final String PASSWORD_ENV = "OPENFAAS_PASSWORD";

  @Override
  public String toString() {
    return "GatewaySettings[namespace="
        + namespace
        + ", user="
        + user
        + ", passwordFile="
        + passwordFile
        + ", password="
        + (password == null ? "null" : "***")
        + "]";
  }
}
