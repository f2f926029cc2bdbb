package org.dfaas.sampler;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs an {@link OptInBenchmark} only under {@code -Dbenchmark=true} (a system property or the
 * configuration parameter of that name). A benchmark asserts nothing a unit or integration test
 * does not already check, and it takes minutes on a shared machine, so its skip is the same under
 * CI: said on stderr and in the report, never a failure.
 */
public final class OptInBenchmarks implements ExecutionCondition {

  static final String PROPERTY = "benchmark";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    boolean benchmark =
        context
            .getElement()
            .map(e -> AnnotationSupport.isAnnotated(e, OptInBenchmark.class))
            .orElse(false);
    if (!benchmark
        || context.getConfigurationParameter(PROPERTY).map("true"::equals).orElse(false)) {
      return ConditionEvaluationResult.enabled("not an opt-in benchmark, or asked for");
    }
    String why =
        Prerequisites.testName(context)
            + " is an opt-in benchmark: run it with -D"
            + PROPERTY
            + "=true (docs/performance.md)";
    System.err.println("SKIPPED " + why);
    return ConditionEvaluationResult.disabled(why);
  }
}
