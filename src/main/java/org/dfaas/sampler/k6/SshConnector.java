package org.dfaas.sampler.k6;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.dfaas.sampler.RegularFiles;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens authenticated SSH sessions to the k6 host with one started {@link SshClient}: public-key
 * authentication from an OpenSSH key file, the host key checked as {@code k6_host_key_policy} says,
 * every step within the connect timeout, and each failure turned into a message that says what to
 * do. Thread-safe; {@link #close} stops the client and every session it opened.
 */
final class SshConnector implements AutoCloseable {

  /** The environment variable holding the key's passphrase; never logged. */
  static final String PASSPHRASE_ENV = "DFAAS_SSH_KEY_PASSPHRASE";

  /** How often an idle session is probed, so a dead connection is noticed mid-run. */
  private static final Duration HEARTBEAT = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(SshConnector.class);

  private final K6Settings target;
  private final K6ExecutionSettings execution;
  private final Map<String, String> env;
  private final SshClient client;

  /** Why the last host-key check refused the key, or {@code null}. */
  private final AtomicReference<String> hostKeyRefusal = new AtomicReference<>();

  /**
   * @param target host, port, user and key file
   * @param execution host-key policy, known-hosts file and connect timeout
   * @param env the process environment, for the key's passphrase
   */
  SshConnector(K6Settings target, K6ExecutionSettings execution, Map<String, String> env) {
    this.target = target;
    this.execution = execution;
    this.env = env;
    this.client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(verifier());
    // A k6 run can be silent for longer than MINA's default idle limit; heartbeats notice dead
    // connections instead.
    CoreModuleProperties.IDLE_TIMEOUT.set(client, Duration.ZERO);
    CoreModuleProperties.HEARTBEAT_INTERVAL.set(client, HEARTBEAT);
    CoreModuleProperties.HEARTBEAT_NO_REPLY_MAX.set(client, 3);
    // Each run is a handful of small request/reply exchanges; Nagle's algorithm with delayed ACKs
    // would add ~40 ms to each of them.
    CoreModuleProperties.TCP_NODELAY.set(client, true);
    SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, connectTimeout());
    client.start();
  }

  Duration connectTimeout() {
    return Duration.ofSeconds(execution.connectTimeoutSeconds());
  }

  String host() {
    return target.host() + ":" + target.port();
  }

  /**
   * A new authenticated session.
   *
   * @throws SshFailure naming the cause: unreachable, host key refused or changed, auth refused
   */
  ClientSession connect() {
    hostKeyRefusal.set(null);
    Iterable<KeyPair> keys = loadKeys();
    ClientSession session;
    try {
      session =
          client
              .connect(target.user(), target.host(), target.port())
              .verify(connectTimeout())
              .getSession();
    } catch (IOException e) {
      throw new SshFailure(unreachable(e), e);
    }
    try {
      for (KeyPair key : keys) {
        session.addPublicKeyIdentity(key);
      }
      session.auth().verify(connectTimeout());
      return session;
    } catch (IOException e) {
      closeQuietlyAfter(session, e);
      String refusal = hostKeyRefusal.get();
      if (refusal != null) {
        throw new SshFailure(refusal, e);
      }
      if (isAuthFailure(e)) {
        throw new SshFailure(
            "authentication refused for user "
                + target.user()
                + " with key "
                + target.sshKey()
                + ": is its public key in ~"
                + target.user()
                + "/.ssh/authorized_keys on the k6 host?",
            e);
      }
      throw new SshFailure("SSH handshake with " + host() + " failed: " + e.getMessage(), e);
    }
  }

  private static boolean isAuthFailure(IOException e) {
    String message = String.valueOf(e.getMessage());
    // MINA's words when the server accepted none of the offered keys.
    return message.contains("No more authentication methods");
  }

  private static void closeQuietlyAfter(ClientSession session, IOException failure) {
    try {
      session.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private String unreachable(IOException e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String why =
        cause instanceof ConnectException
            ? "connection refused (is sshd running and k6_port right?)"
            : cause instanceof UnknownHostException
                ? "unknown host name"
                : cause instanceof NoRouteToHostException
                    ? "no route to host"
                    : String.valueOf(e.getMessage());
    return "k6 host " + host() + " unreachable: " + why;
  }

  private Iterable<KeyPair> loadKeys() {
    Path key = target.sshKey();
    try {
      RegularFiles.checkFile(key, "SSH key file (k6_ssh_key)");
    } catch (SamplerException e) {
      throw new SshFailure(e.getMessage(), missingKeyHint(key), null);
    }
    if (!Files.isReadable(key)) {
      throw new SshFailure(
          "SSH key file " + key + " (k6_ssh_key) does not exist or is unreadable",
          missingKeyHint(key),
          null);
    }
    FileKeyPairProvider provider = new FileKeyPairProvider(key);
    String passphrase = env.get(PASSPHRASE_ENV);
    if (passphrase != null) {
      provider.setPasswordFinder(FilePasswordProvider.of(passphrase));
    }
    try {
      Iterable<KeyPair> keys = provider.loadKeys(null);
      if (!keys.iterator().hasNext()) {
        throw new SshFailure(
            "cannot read SSH key file "
                + key
                + ": no key found in it"
                + (passphrase == null
                    ? " (if it is encrypted, set " + PASSPHRASE_ENV + " to its passphrase)"
                    : ""));
      }
      return keys;
    } catch (RuntimeException e) {
      if (e instanceof SshFailure failure) {
        throw failure;
      }
      throw new SshFailure(keyProblem(key, passphrase, e), e);
    }
  }

  /** What to do when the key named by {@code k6_ssh_key} is not there. */
  private String missingKeyHint(Path key) {
    return "k6 did not run: set k6_ssh_key to the private key that logs in as "
        + target.user()
        + " on "
        + target.host()
        + ", or make one (ssh-keygen -t ed25519 -f "
        + key
        + ") and add "
        + key
        + ".pub to ~"
        + target.user()
        + "/.ssh/authorized_keys on the k6 host";
  }

  private static String keyProblem(Path key, String passphrase, Exception e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    String hint =
        passphrase == null && !(cause instanceof GeneralSecurityException)
            ? ""
            : " (is " + PASSPHRASE_ENV + " right?)";
    return "cannot read SSH key file " + key + ": " + cause.getMessage() + hint;
  }

  private ServerKeyVerifier verifier() {
    K6ExecutionSettings.HostKeyPolicy policy = execution.hostKeyPolicy();
    if (policy == K6ExecutionSettings.HostKeyPolicy.INSECURE) {
      return AcceptAllServerKeyVerifier.INSTANCE;
    }
    Path knownHosts = execution.knownHosts();
    ServerKeyVerifier unknown =
        policy == K6ExecutionSettings.HostKeyPolicy.ACCEPT_NEW
            ? (session, address, key) -> {
              LOG.info(
                  "k6 host {} seen for the first time: recording its key in {}",
                  host(),
                  knownHosts);
              return true;
            }
            : (session, address, key) -> {
              hostKeyRefusal.set(
                  "host key of "
                      + host()
                      + " is not in "
                      + knownHosts
                      + " and k6_host_key_policy is strict: add it (ssh-keyscan -p "
                      + target.port()
                      + " "
                      + target.host()
                      + " >> "
                      + knownHosts
                      + ") or use accept-new");
              return false;
            };
    ensureParent(knownHosts);
    KnownHostsServerKeyVerifier verifier = new KnownHostsServerKeyVerifier(unknown, knownHosts);
    verifier.setModifiedServerKeyAcceptor(
        (session, address, entry, expected, actual) -> {
          hostKeyRefusal.set(
              "host key of "
                  + host()
                  + " CHANGED since it was recorded in "
                  + knownHosts
                  + ": someone may be intercepting the connection, or the host was reinstalled;"
                  + " if you trust the new key, remove the old entry (ssh-keygen -R) and retry");
          return false;
        });
    return verifier;
  }

  private static void ensureParent(Path knownHosts) {
    Path parent = knownHosts.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new SshFailure("cannot create the folder of known-hosts file " + knownHosts, e);
    }
  }

  @Override
  public void close() {
    client.stop();
  }

  /** A failure to get a session, with a message and a hint for the user. */
  static final class SshFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** k6 never ran: its log has nothing to tell, the connection's settings do. */
    private static final String CONNECTION_HINT =
        "k6 did not run: check k6_host, k6_port, k6_user and k6_ssh_key;"
            + " `dfaas-sampler check -c FILE` tests the connection";

    private final String hint;

    SshFailure(String message) {
      this(message, CONNECTION_HINT, null);
    }

    SshFailure(String message, Throwable cause) {
      this(message, CONNECTION_HINT, cause);
    }

    SshFailure(String message, String hint, Throwable cause) {
      super(message, cause);
      this.hint = hint;
    }

    /** What to do about it. */
    String hint() {
      return hint;
    }
  }
}
