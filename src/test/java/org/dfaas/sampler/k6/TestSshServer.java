package org.dfaas.sampler.k6;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An in-process SSH server on a free loopback port: SFTP, exec requests run by {@code /bin/sh}, and
 * one authorized client key, written as an OpenSSH private key file for the executor to read.
 */
public final class TestSshServer implements AutoCloseable {

  private final SshServer server;
  private final KeyPair clientKey;
  private final AtomicInteger sessions;
  private final SftpSubsystemFactory sftp;

  private TestSshServer(
      SshServer server, KeyPair clientKey, AtomicInteger sessions, SftpSubsystemFactory sftp) {
    this.server = server;
    this.clientKey = clientKey;
    this.sessions = sessions;
    this.sftp = sftp;
  }

  /** A started server with a new host key, accepting {@code clientKey} only. */
  public static TestSshServer start(KeyPair clientKey, int port) {
    return start(clientKey, generate("ssh-rsa", 2048), port);
  }

  static TestSshServer start(KeyPair clientKey, KeyPair hostKey, int port) {
    SshServer server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(port);
    server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
    server.setPublickeyAuthenticator(
        (user, key, session) -> KeyUtils.compareKeys(key, clientKey.getPublic()));
    server.setCommandFactory((channel, command) -> new ShellCommand(command));
    SftpSubsystemFactory sftp = new SftpSubsystemFactory();
    server.setSubsystemFactories(List.of(sftp));
    AtomicInteger sessions = new AtomicInteger();
    server.addSessionListener(
        new SessionListener() {
          @Override
          public void sessionCreated(Session session) {
            sessions.incrementAndGet();
          }
        });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TestSshServer(server, clientKey, sessions, sftp);
  }

  public static KeyPair generate(String type, int bits) {
    try {
      return KeyUtils.generateKeyPair(type, bits);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code key} as an OpenSSH private key file, optionally encrypted. */
  public static Path writeKey(KeyPair key, Path file, String passphrase) {
    OpenSSHKeyEncryptionContext options = null;
    if (passphrase != null) {
      options = new OpenSSHKeyEncryptionContext();
      options.setPassword(passphrase);
      options.setCipherName("AES");
      options.setCipherMode("CTR");
      options.setCipherType("256");
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "test", options, out);
      return file;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return server.getPort();
  }

  /** How many SSH sessions clients opened so far. */
  int sessionsOpened() {
    return sessions.get();
  }

  KeyPair clientKey() {
    return clientKey;
  }

  /**
   * Lets a test see, or hold, each step of the SFTP server (a listener blocking holds its reply).
   */
  void listenToSftp(SftpEventListener listener) {
    sftp.addSftpEventListener(listener);
  }

  /** Drops every session as a crashed or restarted host would. */
  void dropSessions() {
    server.getActiveSessions().forEach(session -> session.close(true));
  }

  @Override
  public void close() {
    try {
      server.stop(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
