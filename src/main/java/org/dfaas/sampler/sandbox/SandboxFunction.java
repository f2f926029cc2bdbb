package org.dfaas.sampler.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The functions the sandbox serves, each doing real work of a different kind, like the DFaaS
 * functions they are named after: a text banner, a digest, an environment listing, memory
 * allocation and CPU burning. Stateless and thread-safe.
 */
enum SandboxFunction {
  /** A figlet-style banner of the body. */
  FIGLET("figlet") {
    @Override
    byte[] handle(byte[] body, Map<String, String> headers) {
      String text = new String(body, StandardCharsets.UTF_8);
      return Banner.render(text.isBlank() ? "Hello" : text).getBytes(StandardCharsets.UTF_8);
    }
  },
  /** The SHA-256 of the body, as {@code sha256sum} prints it. */
  SHASUM("shasum") {
    @Override
    byte[] handle(byte[] body, Map<String, String> headers) {
      return (HexFormat.of().formatHex(sha256().digest(body)) + "  -\n")
          .getBytes(StandardCharsets.UTF_8);
    }
  },
  /**
   * The function's environment as the OpenFaaS watchdog sets it: its own variables and the request
   * headers as {@code Http_*}. Never this process's environment, which may hold secrets.
   */
  ENV("env") {
    @Override
    byte[] handle(byte[] body, Map<String, String> headers) {
      Map<String, String> env = new TreeMap<>();
      env.put("fprocess", "env");
      env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
      env.put("HOME", "/home/app");
      headers.forEach((name, value) -> env.put("Http_" + name.replace('-', '_'), value));
      StringBuilder out = new StringBuilder();
      env.forEach((name, value) -> out.append(name).append('=').append(value).append('\n'));
      return out.toString().getBytes(StandardCharsets.UTF_8);
    }
  },
  /** Allocates and touches {@value #ALLOC_BYTES} bytes, then answers their checksum. */
  ALLOC("alloc") {
    @Override
    byte[] handle(byte[] body, Map<String, String> headers) {
      byte[] block = new byte[ALLOC_BYTES];
      long sum = 0;
      for (int i = 0; i < block.length; i += 4096) {
        block[i] = (byte) i;
        sum += block[i];
      }
      return (block.length + " bytes, checksum " + sum + "\n").getBytes(StandardCharsets.UTF_8);
    }
  },
  /** Burns CPU: {@value #CPU_ROUNDS} chained SHA-256 rounds over the body. */
  CPU("cpu") {
    @Override
    byte[] handle(byte[] body, Map<String, String> headers) {
      MessageDigest digest = sha256();
      byte[] value = body;
      for (int i = 0; i < CPU_ROUNDS; i++) {
        digest.update(value);
        digest.update(PAD);
        value = digest.digest();
      }
      return (HexFormat.of().formatHex(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }
  };

  /** What {@code alloc} allocates per request. */
  static final int ALLOC_BYTES = 8 * 1024 * 1024;

  /**
   * How many digests {@code cpu} chains per request: about 12 ms of CPU on the 2-core VMs (SHA-NI).
   */
  static final int CPU_ROUNDS = 12_000;

  private static final byte[] PAD = new byte[1024];

  private final String functionName;

  SandboxFunction(String functionName) {
    this.functionName = functionName;
  }

  /** The name it is invoked by: {@code /function/{name}}. */
  String functionName() {
    return functionName;
  }

  /** The reply's body for a request with {@code body} and {@code headers}. */
  abstract byte[] handle(byte[] body, Map<String, String> headers);

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
