package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dfaas.sampler.cli.Cli;
import org.dfaas.sampler.runtime.SamplerEnvironment;

/**
 * {@code once --json} of figlet=20, env=0 against the real sshd, through one executor: the shared
 * body of the executors' end-to-end tests.
 */
final class OnceOverSsh {

  private OnceOverSsh() {}

  /** Runs it, checks it exited 0 and left k6.log in the workspace, and returns the JSON. */
  static JsonNode run(Path dir, OpenSshServer sshd, StandIn standIn, String executor)
      throws IOException {
    Files.writeString(
        dir.resolve("campaign.yaml"),
        String.join(
            "\n",
            "run_id: it-run",
            "k6_executor: " + executor,
            "k6_host: 127.0.0.1",
            "k6_port: " + sshd.port(),
            "k6_user: " + System.getProperty("user.name"),
            "k6_ssh_key: " + sshd.clientKey(),
            "k6_known_hosts: " + dir.resolve("known_hosts"),
            "k6_binary: " + standIn.binary(),
            "k6_workspace_root: " + dir.resolve("once-ws"),
            "functions: [{name: figlet}, {name: env}]",
            ""));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    SamplerEnvironment environment =
        new SamplerEnvironment(
            new PrintWriter(out), new PrintWriter(err), Map.of("LB_RUN_HOST", "node-1"), dir);

    int exit =
        new Cli(environment)
            .run("once", "-c", "campaign.yaml", "--config", "figlet=20,env=0", "--json");

    assertThat(exit).as(err.toString()).isZero();
    JsonNode result = new ObjectMapper().readTree(out.toString());
    assertThat(dir.resolve("once-ws/node-1/it-run/" + result.get("config_id").asText() + "/k6.log"))
        .exists();
    return result;
  }
}
