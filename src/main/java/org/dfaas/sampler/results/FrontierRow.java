package org.dfaas.sampler.results;

import java.util.Objects;
import org.dfaas.sampler.plan.Configuration;

/**
 * One configuration's line of {@code frontier.csv}: how the search classified it, and which
 * measured configuration that class comes from.
 *
 * @param configuration the configuration
 * @param status its class as the search names it ({@code measured_ok}, {@code inferred_overloaded},
 *     …)
 * @param impliedBy the id of the measured configuration that implies the class, empty for a
 *     measured one
 */
public record FrontierRow(Configuration configuration, String status, String impliedBy) {

  public FrontierRow {
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(impliedBy, "impliedBy");
    if (status == null || status.isBlank()) {
      throw new IllegalArgumentException("the status of " + configuration + " is empty");
    }
  }
}
