package org.dfaas.sampler;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The one place of the rule for a test whose tools ({@link Requires}) are missing: outside CI it is
 * skipped, saying why on stderr and in the report; under {@code CI=true} it fails, since CI
 * installs every tool and a skip there would be a test that silently never runs.
 *
 * <p>Checked before the class's {@code @BeforeAll} (tools named on the class) and before each
 * test's {@code @BeforeEach} (tools named on the method). The configuration parameter {@value
 * #CI_PARAMETER}, where set, stands for the environment's {@code CI}: the extension's own test
 * needs both answers on one machine.
 */
public final class Prerequisites implements BeforeAllCallback, BeforeEachCallback {

  static final String CI_PARAMETER = "dfaas.prerequisites.ci";

  @Override
  public void beforeAll(ExtensionContext context) {
    check(
        context, AnnotationSupport.findAnnotation(context.getRequiredTestClass(), Requires.class));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    check(
        context, AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), Requires.class));
  }

  private static void check(ExtensionContext context, Optional<Requires> requires) {
    List<String> missing =
        requires.stream()
            .flatMap(r -> Arrays.stream(r.value()))
            .filter(tool -> !tool.isPresent())
            .map(Tool::whyMissing)
            .toList();
    if (missing.isEmpty()) {
      return;
    }
    String why = testName(context) + ": " + String.join("; ", missing);
    if (underCi(context)) {
      fail(why + " (CI=true, so a missing tool is a failure)");
    }
    System.err.println("SKIPPED " + why);
    Assumptions.abort(why);
  }

  /** {@code Class#method}, or the class alone before {@code @BeforeAll}. */
  static String testName(ExtensionContext context) {
    String type = context.getRequiredTestClass().getSimpleName();
    return context.getTestMethod().map(method -> type + "#" + method.getName()).orElse(type);
  }

  private static boolean underCi(ExtensionContext context) {
    return context
        .getConfigurationParameter(CI_PARAMETER)
        .or(() -> Optional.ofNullable(System.getenv("CI")))
        .map("true"::equals)
        .orElse(false);
  }
}
