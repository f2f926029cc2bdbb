package org.dfaas.sampler.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule for a replica count a gateway reports (docs/faults.md): a whole number from 0 to {@value
 * #MAX}. Anything else (negative, fractional, NaN, infinite, larger, not a number) is a gateway
 * fault: logged as an error with the value the gateway sent, and counted as 0, as an unreachable
 * gateway's counts are. An absent count is 0, as OpenFaaS leaves out a count that is 0. Stateless.
 */
final class ReplicaCount {

  /**
   * Far above any cluster's replicas of one function (OpenFaaS caps a function at 20 by default).
   */
  static final int MAX = 1_000_000;

  private static final Logger LOG = LoggerFactory.getLogger(OpenFaasGateway.class);

  private ReplicaCount() {}

  /**
   * The count in {@code item}'s {@code field}, or 0 when it is absent or breaks the rule.
   *
   * @param function the function's name, for the error
   */
  static int read(JsonNode item, String field, String function) {
    JsonNode value = item.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return 0;
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      long count = value.asLong();
      if (count >= 0 && count <= MAX) {
        return (int) count;
      }
    }
    LOG.error(
        "gateway fault: function {} has {} {}, not a whole number from 0 to {}; it counts as 0",
        function,
        field,
        value,
        MAX);
    return 0;
  }
}
