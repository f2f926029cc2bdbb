package org.dfaas.sampler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads secrets from files and turns them into {@code Authorization} header values. The secret
 * itself never appears in a message of this class.
 */
public final class Secrets {

  /**
   * The environment variables the tool reads secrets from (the gateway's password, the SSH key's
   * passphrase): k6 and ansible-playbook never see them.
   */
  public static final List<String> ENVIRONMENT_SECRETS =
      List.of("OPENFAAS_PASSWORD", "DFAAS_SSH_KEY_PASSPHRASE", "LB_GRAFANA_API_KEY");

  /**
   * {@code scheme://user:password@}: everything after {@code ://} up to the last '@' before the
   * next '/', '?', '#' or line break, so credentials holding spaces or tabs are masked whole. It
   * errs toward hiding: a later "a@b" on the same line, with no '/' between, is masked along with
   * it.
   */
  private static final Pattern URL_CREDENTIALS =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/?#\\r\\n]*@");

  /** A password or token file is a line; a larger one is some other file. */
  private static final long SECRET_FILE_BYTES = 64 << 10;

  private Secrets() {}

  /**
   * Removes {@link #ENVIRONMENT_SECRETS} from the environment a child process is started with, and
   * the tool's own {@code LB_*} settings that hold a URL with credentials (e.g. {@code
   * LB_LOKI_ENDPOINT=https://user:key@…}): k6 and ansible-playbook never read them. k6's own
   * variables stay, credentials or not: its outputs need them.
   */
  public static void removeFrom(Map<String, String> childEnvironment) {
    ENVIRONMENT_SECRETS.forEach(childEnvironment::remove);
    childEnvironment
        .entrySet()
        .removeIf(
            variable ->
                variable.getKey().startsWith("LB_")
                    && URL_CREDENTIALS.matcher(variable.getValue()).find());
  }

  /**
   * {@code text} with the credentials of every URL in it replaced by {@code ***}: the one masking
   * rule of every message, printed config and file.
   */
  public static String maskUrlCredentials(String text) {
    return URL_CREDENTIALS.matcher(text).replaceAll("$1***@");
  }

  /**
   * The content of a secret file without its trailing line break (files written by {@code echo} or
   * {@code kubectl} end with one).
   *
   * @param purpose what the secret is for, e.g. {@code openfaas_password_file}
   * @throws SamplerException when the file cannot be read or is empty
   */
  public static String read(Path file, String purpose) {
    String text;
    try {
      text = RegularFiles.readString(file, purpose, SECRET_FILE_BYTES);
    } catch (IOException e) {
      throw new SamplerException(
          purpose + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")",
          ExitCode.BAD_INPUT,
          "check that the file exists and is readable",
          e);
    }
    String secret = text.strip();
    if (secret.isEmpty()) {
      throw new SamplerException(
          purpose + ": " + file + " is empty", ExitCode.BAD_INPUT, null, null);
    }
    return secret;
  }

  /** {@code Basic base64(user:password)}. */
  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code Bearer token}. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }
}
