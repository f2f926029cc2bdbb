package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link K6Runner#buildScript}: the script text of compat §5. */
class K6RunnerScriptTest {

  private final K6Runner runner =
      new K6Runner(
          Fixtures.SETTINGS,
          Fixtures.GATEWAY,
          Fixtures.DURATION,
          ScriptedK6Executor.never("building a script runs nothing"));

  @Test
  void writesTheOldToolsScriptByteForByte() {
    K6Script script =
        runner.buildScript(
            List.of(
                new RatePair("qrcode-go", 10), new RatePair("figlet", 20), new RatePair("env", 0)),
            Fixtures.FUNCTIONS);

    assertThat(script.text()).isEqualTo(Fixtures.read("script-figlet20-env0-qrcode10.js"));
    assertThat(script.metricIds())
        .containsExactly(
            Map.entry("env", "env"),
            Map.entry("figlet", "figlet"),
            Map.entry("qrcode-go", "qrcode_go"));
  }

  @Test
  void writesTheIdleFormByteForByteWhenEveryRateIsZero() {
    K6Script script =
        runner.buildScript(
            List.of(new RatePair("figlet", 0), new RatePair("env", 0)), Fixtures.FUNCTIONS);

    assertThat(script.text()).isEqualTo(Fixtures.read("script-all-zero.js"));
    assertThat(script.metricIds())
        .containsExactly(Map.entry("env", "env"), Map.entry("figlet", "figlet"));
  }

  @Test
  void k6RunnerScriptIncludesScenarios() {
    String text =
        runner
            .buildScript(
                List.of(new RatePair("figlet", 20), new RatePair("env", 0)), Fixtures.FUNCTIONS)
            .text();

    assertThat(text)
        .contains(
            """
                figlet: {
                  executor: "constant-arrival-rate",
                  rate: 20,
                  timeUnit: "1s",
                  duration: "30s",
                  preAllocatedVUs: 20,
                  maxVUs: 20,
                  exec: "exec_figlet",
                  tags: { function: "figlet" },
                },
            """)
        .as("a function at rate 0 keeps its block but gets no scenario")
        .contains("export function exec_env()")
        .doesNotContain("    env: {")
        .doesNotContain("idle");
  }

  @Test
  void writesTheIdleScenarioOnlyWhenNoFunctionHasARate() {
    String idle = runner.buildScript(List.of(new RatePair("env", 0)), Fixtures.FUNCTIONS).text();
    String loaded = runner.buildScript(List.of(new RatePair("env", 1)), Fixtures.FUNCTIONS).text();

    assertThat(idle).contains("executor: \"constant-vus\"", "export function idle_exec()");
    assertThat(loaded).doesNotContain("idle");
  }

  @Test
  void givesAtLeastOneVirtualUserToTheSlowestScenario() {
    String text = runner.buildScript(List.of(new RatePair("env", 1)), Fixtures.FUNCTIONS).text();

    assertThat(text).contains("preAllocatedVUs: 1,\n      maxVUs: 1,\n");
  }

  @Test
  void writesBodyAndHeadersAsPythonJsonAndTheUrlWithoutTheGatewaysTrailingSlashes() {
    FunctionSpec echo =
        new FunctionSpec("echo", "PUT", "{\"x\": \"é\"}\n", Map.of("X-A", "1", "X-B", "2"), null);
    K6Runner slashes =
        new K6Runner(
            Fixtures.SETTINGS,
            "https://gw.example//",
            Fixtures.DURATION,
            ScriptedK6Executor.never("no runs"));

    String text = slashes.buildScript(List.of(new RatePair("echo", 5)), List.of(echo)).text();

    assertThat(text)
        .contains("  url: \"https://gw.example/function/echo\",\n")
        .contains("  body: \"{\\\"x\\\": \\\"\\u00e9\\\"}\\n\",\n")
        .containsPattern("  headers: \\{\"X-[AB]\": \"[12]\", \"X-[AB]\": \"[12]\"},\n");
  }

  @Test
  void givesCollidingNamesDistinctIdentifiersInTheScript() {
    FunctionSpec dashed = new FunctionSpec("a-b", "GET", "", Map.of(), null);
    FunctionSpec dotted = new FunctionSpec("a.b", "GET", "", Map.of(), null);
    FunctionSpec digit = new FunctionSpec("9lives", "GET", "", Map.of(), null);

    K6Script script =
        runner.buildScript(
            List.of(new RatePair("a.b", 1), new RatePair("a-b", 2), new RatePair("9lives", 3)),
            List.of(dashed, dotted, digit));

    assertThat(script.metricIds())
        .containsExactly(
            Map.entry("9lives", "fn_9lives"), Map.entry("a-b", "a_b"), Map.entry("a.b", "a_b_3"));
    assertThat(script.text())
        .contains("const fn_a_b_3 = {", "exec: \"exec_a_b_3\"", "tags: { function: \"a.b\" }")
        .contains("const fn_fn_9lives = {");
  }

  @Test
  void refusesAPairNamingAnUnknownFunction() {
    assertThatThrownBy(
            () -> runner.buildScript(List.of(new RatePair("ghost", 1)), Fixtures.FUNCTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ghost");
  }

  @Test
  @Requires(Tool.NODE_JS)
  void k6RunnerBuildsValidScript(@TempDir Path dir) throws Exception {
    FunctionSpec tricky =
        new FunctionSpec(
            "9-tricky.fn", "POST", "\"quoted\" \\ </script>\n\u2028 😀", Map.of("X-Q", "\""), null);
    List<FunctionSpec> functions = List.of(Fixtures.FIGLET, Fixtures.ENV, tricky);

    checkParses(
        dir, "loaded", runner.buildScript(pairs("figlet", 20, "9-tricky.fn", 3), functions));
    checkParses(dir, "idle", runner.buildScript(pairs("figlet", 0, "env", 0), functions));
  }

  private static List<RatePair> pairs(String a, int rateA, String b, int rateB) {
    return List.of(new RatePair(a, rateA), new RatePair(b, rateB));
  }

  private static void checkParses(Path dir, String name, K6Script script)
      throws IOException, InterruptedException {
    // .mjs: the script uses import/export, which node only parses as a module.
    Path file =
        Files.writeString(dir.resolve(name + ".mjs"), script.text(), StandardCharsets.UTF_8);
    Process node =
        new ProcessBuilder(Tool.NODE_JS.path().toString(), "--check", file.toString())
            .redirectErrorStream(true)
            .start();
    if (!node.waitFor(60, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      fail("node --check did not finish within 60 s");
    }
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.exitValue()).as("node --check %s: %s", name, output).isZero();
  }
}
