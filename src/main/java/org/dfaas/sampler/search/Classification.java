package org.dfaas.sampler.search;

import java.util.Locale;
import java.util.Objects;
import org.dfaas.sampler.plan.Configuration;

/**
 * What a search concluded about one configuration of the plan, and from what.
 *
 * @param configuration the configuration
 * @param status measured or inferred, overloaded or not; or failed
 * @param impliedBy for an inferred configuration, the measured one that implies it (an overloaded
 *     one it dominates, or a non-overloaded one that dominates it); {@code null} for a measured or
 *     failed one
 */
public record Classification(Configuration configuration, Status status, Configuration impliedBy) {

  public Classification {
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(status, "status");
    if (status.inferred() == (impliedBy == null)) {
      throw new IllegalArgumentException(
          status.key()
              + " of "
              + configuration
              + (status.inferred() ? " lacks" : " has")
              + " an implied_by");
    }
  }

  /** The classes of a configuration, as {@code frontier.csv} and {@code plan --list} write them. */
  public enum Status {
    /** Measured, and overloaded in more than half of its iterations. */
    MEASURED_OVERLOADED,
    /** Measured, and not overloaded. */
    MEASURED_OK,
    /**
     * Not measured: it dominates a measured overloaded configuration ({@code
     * dominated_by_overload}).
     */
    INFERRED_OVERLOADED,
    /** Not measured: a measured non-overloaded configuration dominates it. */
    INFERRED_OK,
    /**
     * Its run failed before it was decided ({@code failures.csv}): neither overloaded nor not, and
     * nothing is inferred from it. Never proposed again in the campaign.
     */
    FAILED,
    /**
     * Not settled by a replayed recording ({@code plan --replay --allow-gaps}): no rows, and no
     * recorded overloaded configuration dominates it. Implies nothing.
     */
    UNKNOWN;

    /** The spelling in outputs: {@code measured_overloaded}, … */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public boolean measured() {
      return this == MEASURED_OVERLOADED || this == MEASURED_OK;
    }

    /** Implied by a measured configuration, not measured itself. */
    public boolean inferred() {
      return this == INFERRED_OVERLOADED || this == INFERRED_OK;
    }

    public boolean overloaded() {
      return this == MEASURED_OVERLOADED || this == INFERRED_OVERLOADED;
    }

    /** The status of a configuration measured or inferred to be {@code overloaded} or not. */
    public static Status of(boolean measured, boolean overloaded) {
      if (measured) {
        return overloaded ? MEASURED_OVERLOADED : MEASURED_OK;
      }
      return overloaded ? INFERRED_OVERLOADED : INFERRED_OK;
    }
  }
}
