package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6ExecutionSettings.HostKeyPolicy;
import org.dfaas.sampler.config.K6Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link AnsibleInputs}: the inventory and extra vars handed to ansible-playbook. */
class AnsibleInputsTest {

  private static final ObjectMapper JSON = new YAMLMapper();
  private static final Path KNOWN_HOSTS = Path.of("/home/u/my hosts/known_hosts");

  private static K6ExecutionSettings execution(HostKeyPolicy policy) {
    return Runs.execution(
        K6ExecutionSettings.Executor.ANSIBLE, Path.of("/opt/k6"), policy, KNOWN_HOSTS, 90);
  }

  private static JsonNode host(HostKeyPolicy policy) throws Exception {
    K6Settings target =
        Runs.settings("k6.example", "o'brien", Path.of("/keys/id ed25519"), 2222, "/var/k6");
    return JSON.readTree(AnsibleInputs.inventory(target, execution(policy)))
        .at("/all/children/k6/hosts/k6_host");
  }

  @Test
  void theInventoryNamesTheHostPortUserAndKey() throws Exception {
    JsonNode host = host(HostKeyPolicy.ACCEPT_NEW);

    assertThat(host.get("ansible_host").asText()).isEqualTo("k6.example");
    assertThat(host.get("ansible_port").asInt()).isEqualTo(2222);
    assertThat(host.get("ansible_user").asText()).isEqualTo("o'brien");
    assertThat(host.get("ansible_ssh_private_key_file").asText()).isEqualTo("/keys/id ed25519");
    assertThat(host.get("ansible_ssh_timeout").asInt()).isEqualTo(5);
  }

  @Test
  void theRemoteShellIsShWhateverTheLoginShell() throws Exception {
    JsonNode host = host(HostKeyPolicy.ACCEPT_NEW);

    assertThat(host.get("ansible_shell_type").asText()).isEqualTo("sh");
    assertThat(host.get("ansible_shell_executable").asText()).isEqualTo("/bin/sh");
    assertThat(host.get("ansible_pipelining").asBoolean()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ACCEPT_NEW | true  | -o StrictHostKeyChecking=accept-new -o 'UserKnownHostsFile=\"/home/u/my hosts/known_hosts\"'",
        "STRICT     | true  | -o StrictHostKeyChecking=yes -o 'UserKnownHostsFile=\"/home/u/my hosts/known_hosts\"'",
        "INSECURE   | false | -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null"
      })
  void eachHostKeyPolicyBecomesSshOptions(HostKeyPolicy policy, boolean checking, String args)
      throws Exception {
    JsonNode host = host(policy);

    assertThat(host.get("ansible_host_key_checking").asBoolean()).isEqualTo(checking);
    assertThat(host.get("ansible_ssh_common_args").asText()).isEqualTo(args);
  }

  @Test
  void theInventoryHoldsNoSecret() throws Exception {
    String inventory =
        AnsibleInputs.inventory(
            Runs.settings("h", "u", Path.of("/k"), 22, "/w"), execution(HostKeyPolicy.STRICT));

    assertThat(inventory).doesNotContainIgnoringCase("pass").doesNotContain("BEGIN");
    assertThat(JSON.readTree(inventory).at("/all/children/k6/hosts/k6_host").fieldNames())
        .toIterable()
        .allMatch(name -> name.startsWith("ansible_"));
  }

  @Test
  void extraVarsCarryTheContractsSixAndTheRunsOptions() throws Exception {
    K6Settings settings =
        new K6Settings(
            "h",
            "u",
            Path.of("/k"),
            22,
            "/var/lib/k6 'root'/",
            true,
            List.of("json=a b.json", "csv=\"x\""),
            Map.of("team", "a=b c"));
    K6RunRequest request = Runs.request("abc123", settings);

    JsonNode vars =
        JSON.readTree(
            AnsibleInputs.extraVars(
                request, "/opt/k 6", Path.of("/tmp/s.js"), Path.of("/tmp/summary.json"), 90));

    assertThat(vars.get("target_name").asText()).isEqualTo("node-1");
    assertThat(vars.get("run_id").asText()).isEqualTo("run-1");
    assertThat(vars.get("config_id").asText()).isEqualTo("abc123");
    assertThat(vars.get("script_src").asText()).isEqualTo("/tmp/s.js");
    assertThat(vars.get("summary_fetch_dest").asText()).isEqualTo("/tmp/summary.json");
    assertThat(vars.get("k6_workspace_root").asText()).isEqualTo("/var/lib/k6 'root'");
    assertThat(vars.get("k6_binary").asText()).isEqualTo("/opt/k 6");
    assertThat(vars.get("k6_outputs").get(1).asText()).isEqualTo("csv=\"x\"");
    assertThat(vars.get("k6_tags").get("team").asText()).isEqualTo("a=b c");
    assertThat(vars.get("k6_timeout_seconds").asLong()).isEqualTo(90);
  }

  @Test
  void everyStringIsTaggedUnsafeSoAnsibleNeverTemplatesIt() {
    K6Settings settings =
        new K6Settings(
            "h",
            "u",
            Path.of("/k"),
            22,
            "/w",
            true,
            List.of("{{ out }}"),
            Map.of("{% k %}", "{# v #}"));

    String vars =
        AnsibleInputs.extraVars(
            Runs.request("abc123", settings), "k6", Path.of("/s"), Path.of("/d"), 90);

    assertThat(vars)
        .contains(
            "\"k6_outputs\": [!unsafe \"{{ out }}\"]",
            "\"k6_tags\": {!unsafe \"{% k %}\": !unsafe \"{# v #}\"}",
            "\"k6_workspace_root\": !unsafe \"/w\"");
  }
}
