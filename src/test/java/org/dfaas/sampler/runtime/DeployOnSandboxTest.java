package org.dfaas.sampler.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.check.CheckReport;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.platform.DeployedFunction;
import org.dfaas.sampler.platform.DeployedFunction.Action;
import org.dfaas.sampler.platform.GatewayException;
import org.dfaas.sampler.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SamplerRuntime#deploy} against a bare sandbox platform (nothing deployed at start), over
 * real HTTP in-process: what {@code setup --node} does to a fresh node, and {@code check} before
 * and after.
 */
class DeployOnSandboxTest {

  private static final SandboxOptions BARE = SandboxOptions.DEFAULTS.withNothingDeployed();

  @TempDir Path dir;

  private SamplerRuntime runtime(String functions) throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(
        file,
        "platform: sandbox\nload_generator: builtin\nmetrics_source: sandbox\nfunctions: "
            + functions
            + "\n");
    SamplerConfig config = new ConfigLoader().load(file, List.of()).config();
    return SamplerRuntime.open(
        config,
        new SamplerEnvironment(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Map.of(),
            dir),
        BARE);
  }

  @Test
  void deploysTheSandboxsOwnFunctionsSoThatCheckPassesAndASecondDeployChangesNothing()
      throws Exception {
    try (SamplerRuntime runtime = runtime("[{name: figlet}, {name: cpu}]")) {
      CheckReport before = runtime.check();
      DeployResult first = runtime.deploy(Duration.ofSeconds(10));
      DeployResult second = runtime.deploy(Duration.ofSeconds(10));
      CheckReport after = runtime.check();

      assertThat(before.gateway().ok()).isFalse();
      assertThat(before.gateway().detail()).isEqualTo("not deployed: figlet, cpu");
      assertThat(first.functions())
          .extracting(DeployedFunction::action)
          .containsExactly(Action.CREATED, Action.CREATED);
      assertThat(first.functions().get(0).deployment().image().image())
          .isEqualTo("dfaas-sampler/sandbox-figlet:latest");
      assertThat(second.functions())
          .extracting(DeployedFunction::action)
          .containsExactly(Action.UNCHANGED, Action.UNCHANGED);
      assertThat(after.gateway().ok()).as(after.gateway().detail()).isTrue();
      assertThat(after.functions().get("cpu").replicas()).isEqualTo(1);
    }
  }

  @Test
  void aStoreFunctionTheSandboxCannotRunIsRefusedByTheSandboxNamingWhatItRuns() throws Exception {
    try (SamplerRuntime runtime = runtime("[{name: nodeinfo}]")) {
      assertThatThrownBy(() -> runtime.deploy(Duration.ofSeconds(10)))
          .isInstanceOfSatisfying(
              GatewayException.class,
              e -> {
                assertThat(e.getMessage())
                    .contains("HTTP 400", "runs only its own functions: figlet, shasum, env");
                assertThat(e.hint()).contains("function nodeinfo from ghcr.io/openfaas/nodeinfo");
                assertThat(e.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE);
              });
    }
  }

  @Test
  void aFunctionWithNoImageIsRefusedBeforeTheSandboxStarts() throws Exception {
    try (SamplerRuntime runtime = runtime("[{name: figlet}, {name: mine}]")) {
      assertThatThrownBy(() -> runtime.deploy(Duration.ofSeconds(10)))
          .isInstanceOfSatisfying(
              SamplerException.class,
              e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                assertThat(e.getMessage()).contains("functions[1] mine");
                assertThat(e.hint()).contains("the sandbox's figlet, shasum, env, alloc, cpu");
              });
    }
  }
}
