package org.dfaas.sampler.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The secret a dashboard bound beyond loopback asks of every request: generated (32 random bytes)
 * or read from a file, compared in constant time so that the time of a refusal tells nothing of how
 * much of a guess was right. Never logged: {@link #toString()} masks it.
 */
public final class AccessToken {

  private static final int RANDOM_BYTES = 32;

  private final String value;

  private AccessToken(String value) {
    this.value = Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an empty token");
    }
  }

  /** A new random token, URL-safe. */
  public static AccessToken generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    new SecureRandom().nextBytes(bytes);
    return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The token {@code value}, as read from a token file; not blank. */
  public static AccessToken of(String value) {
    return new AccessToken(value.strip());
  }

  /** Whether {@code offered} is the token, compared in constant time. */
  boolean matches(String offered) {
    if (offered == null) {
      return false;
    }
    // Digests first: equal lengths, so not even the token's length shows in the time taken.
    return MessageDigest.isEqual(digest(value), digest(offered));
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The token itself, for the one line that shows it to the person who started the server. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "AccessToken[***]";
  }
}
