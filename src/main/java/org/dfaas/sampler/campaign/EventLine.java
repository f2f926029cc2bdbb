package org.dfaas.sampler.campaign;

import java.math.BigDecimal;
import org.dfaas.sampler.k6.PythonJson;

/**
 * The {@code LB_EVENT {json}} line the benchmarking library reads from stdout (compat §7), written
 * as the old tool wrote it: Python's {@code json.dumps} layout, fields in its order.
 */
final class EventLine {

  private EventLine() {}

  /**
   * @param identity the run
   * @param message the progress log line
   * @param epochSeconds when, in unix seconds with a fraction
   */
  static String format(RunIdentity identity, String message, double epochSeconds) {
    return "LB_EVENT {"
        + String.join(
            ", ",
            field("run_id", PythonJson.quote(identity.runId())),
            field("host", PythonJson.quote(identity.targetName())),
            field("workload", PythonJson.quote("dfaas")),
            field("repetition", Integer.toString(identity.repetition())),
            field("total_repetitions", Integer.toString(identity.totalRepetitions())),
            field("status", PythonJson.quote("running")),
            field("message", PythonJson.quote(message)),
            field("timestamp", BigDecimal.valueOf(epochSeconds).toPlainString()),
            field("type", PythonJson.quote("log")),
            field("level", PythonJson.quote("INFO")))
        + "}";
  }

  private static String field(String name, String jsonValue) {
    return PythonJson.quote(name) + ": " + jsonValue;
  }
}
