package org.dfaas.sampler.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;

/**
 * A set of (function, rate) pairs run together, kept sorted by function name so that equality,
 * hashing, the key and the id never depend on the order the pairs were given in.
 *
 * @param pairs the pairs, sorted by function name, names distinct
 */
public record Configuration(List<RatePair> pairs) {

  public Configuration {
    pairs = ByFunctionName.sortedOnce(pairs, RatePair::function, "configuration");
  }

  /** A configuration of the given pairs, in any order. */
  public static Configuration of(RatePair... pairs) {
    return new Configuration(List.of(pairs));
  }

  /** The function names, sorted. */
  public List<String> functionNames() {
    return pairs.stream().map(RatePair::function).toList();
  }

  /** The rates, in the order of the sorted function names. */
  public int[] rates() {
    return pairs.stream().mapToInt(RatePair::rate).toArray();
  }

  /** The rate of {@code function}, or -1 when it is not in this configuration. */
  public int rateOf(String function) {
    for (RatePair pair : pairs) {
      if (pair.function().equals(function)) {
        return pair.rate();
      }
    }
    return -1;
  }

  /** The key of compat §3: the sorted names with their rates. */
  public ConfigKey key() {
    return new ConfigKey(functionNames(), rates());
  }

  /** The text the id hashes: {@code name1:rate1|name2:rate2|…}. */
  public String idText() {
    return pairs.stream().map(p -> p.function() + ":" + p.rate()).collect(Collectors.joining("|"));
  }

  /** The first 12 hex digits of SHA-1 over {@link #idText()} (compat §3). */
  public String id() {
    return id(ConfigIdHash.SHA1);
  }

  /**
   * The first 12 hex digits of {@code hash} over {@link #idText()}: SHA-1 as the old tool, SHA-256
   * as its later versions (compat §11).
   */
  public String id(ConfigIdHash hash) {
    return HexFormat.of().formatHex(digest(hash, idText())).substring(0, 12);
  }

  private static byte[] digest(ConfigIdHash hash, String text) {
    try {
      return MessageDigest.getInstance(hash.algorithm())
          .digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides " + hash.algorithm(), e);
    }
  }

  /** {@code a=10, b=20}, as the campaign's log lines show a configuration. */
  public String describe() {
    return pairs.stream().map(p -> p.function() + "=" + p.rate()).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return describe();
  }
}
