package org.dfaas.sampler.results;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.plan.Configuration;

/**
 * The layout of {@code failures.csv}: one row per failed attempt at a configuration, with what went
 * wrong, so a failure is told apart from a configuration skipped by dominance (both are listed in
 * {@code skipped.csv}, as the contract asks). A configuration retried on resume that fails again
 * gets another row.
 */
public final class FailuresCsv implements CsvTable<FailuresCsv.Failure> {

  /** The header. */
  public static final List<String> HEADER = List.of("config_id", "pairs", "time", "error");

  private final ConfigIdHash idHash;

  /** Config ids by SHA-1. */
  public FailuresCsv() {
    this(ConfigIdHash.SHA1);
  }

  /** Config ids by {@code idHash}. */
  public FailuresCsv(ConfigIdHash idHash) {
    this.idHash = Objects.requireNonNull(idHash, "idHash");
  }

  /**
   * One failed attempt.
   *
   * @param configuration the configuration that failed
   * @param time when it failed
   * @param error what went wrong, as the log said it
   */
  public record Failure(Configuration configuration, Instant time, String error) {

    public Failure {
      Objects.requireNonNull(configuration, "configuration");
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(error, "error");
    }
  }

  @Override
  public List<String> header() {
    return HEADER;
  }

  /** {@code id, "a=10, b=20", 2026-11-30T17:48:03Z, the message on one line}. */
  @Override
  public List<String> cells(Failure failure) {
    Configuration configuration = failure.configuration();
    return List.of(
        configuration.id(idHash),
        configuration.describe(),
        failure.time().truncatedTo(ChronoUnit.SECONDS).toString(),
        failure.error().strip().replaceAll("\\s*\\R\\s*", " | "));
  }
}
