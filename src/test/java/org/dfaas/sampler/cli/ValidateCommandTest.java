package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void printsTheEffectiveConfigAsYamlThatLoadsToTheSameConfig() throws IOException {
    write(
        "campaign.yaml",
        """
        functions: [{name: env}, {name: figlet, method: post, max_rate: 100}]
        rate_strategy: {type: random, min_rate: 0, max_rate: 100, count: 4}
        duration: 5s
        """);

    CliRun run = CliRun.of(dir, "validate", "-c", "campaign.yaml", "--set", "iterations=2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("iterations: 2", "method: POST", "duration: 5s", "seed:");
    assertThat(run.err()).contains("warning: rate_strategy.seed: not set, drew");
    Path printed = write("printed.yaml", run.out());
    ConfigLoader loader = new ConfigLoader();
    SamplerConfig reloaded = loader.load(printed, java.util.List.of()).config();
    assertThat(reloaded.iterations()).isEqualTo(2);
    assertThat(reloaded.functions()).hasSize(2);
    assertThat(reloaded.rateStrategy().rates()).hasSize(4);
  }

  @Test
  void credentialsInAUrlAreNeverEchoed() throws IOException {
    write(
        "campaign.yaml",
        """
        k6_outputs: ["influxdb=http://k6:0utput-s3cret@influx:8086/k6"]
        gateway_url: http://admin:g4teway-s3cret@10.0.0.1:8080
        """);

    CliRun refused = CliRun.of(dir, "validate", "-c", "campaign.yaml");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("gateway_url: must not hold credentials", "http://***@10.0.0.1:8080")
        .doesNotContain("g4teway-s3cret");
    CliRun printed =
        CliRun.of(dir, "validate", "-c", "campaign.yaml", "--set", "gateway_url=http://gw:8080");
    assertThat(printed.exitCode()).as(printed.err()).isZero();
    assertThat(printed.out())
        .contains("influxdb=http://***@influx:8086/k6")
        .doesNotContain("0utput-s3cret");
  }

  @Test
  void credentialsWithWhitespaceAreNeverEchoedInErrorsOrThePrintedConfig() throws IOException {
    write(
        "campaign.yaml",
        """
        k6_outputs: ["influxdb=http://k6:0utput s3cret@influx:8086/k6"]
        prometheus_url: "http://prom:pr0m s3cret@10.0.0.1:9090"
        grafana: {enabled: true, url: "http://graf:gr4f s3cret@g:3000", api_key: k}
        loki: {enabled: true, endpoint: "http://loki:l0ki s3cret@l:3100/loki/api/v1/push"}
        """);

    CliRun refused = CliRun.of(dir, "validate", "-c", "campaign.yaml");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("prometheus_url", "grafana.url", "loki.endpoint")
        .doesNotContain("s3cret");
    CliRun printed =
        CliRun.of(
            dir,
            "validate",
            "-c",
            "campaign.yaml",
            "--set",
            "prometheus_url=http://prom:9090",
            "--set",
            "grafana.enabled=false",
            "--set",
            "loki.enabled=false",
            "--set",
            "grafana.url=http://g:3000",
            "--set",
            "loki.endpoint=http://l:3100/loki/api/v1/push");
    assertThat(printed.exitCode()).as(printed.err()).isZero();
    assertThat(printed.out()).contains("http://***@influx:8086/k6").doesNotContain("s3cret");
  }

  @Test
  void listsEveryProblemAndExitsTwoWithoutAStackTrace() throws IOException {
    write("bad.yaml", "k6_port: 0\nfunctions: [{name: a, method: FETCH}]\n");

    CliRun run = CliRun.of(dir, "validate", "-c", "bad.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("has 2 problems", "k6_port: must be within 1..65535, got 0")
        .contains("functions[0].method: unsupported HTTP method \"FETCH\"")
        .doesNotContain("at org.dfaas");
  }

  @Test
  void showsTheStackTraceOfAnErrorOnlyWithVerbose() throws IOException {
    write("bad.yaml", "k6_port: 0\n");

    CliRun run = CliRun.of(dir, "validate", "--verbose", "-c", "bad.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("at org.dfaas.sampler.config.ConfigLoader");
  }

  @Test
  void refusesAMalformedOverrideWithExitCodeTwo() throws IOException {
    write("campaign.yaml", "");

    CliRun run = CliRun.of(dir, "validate", "-c", "campaign.yaml", "--set", "no-equals-sign");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("expected key.path=value");
  }

  @Test
  void neverRepeatsTheValueOfABadOverrideWhichMayBeASecret() throws IOException {
    write("campaign.yaml", "");

    CliRun run =
        CliRun.of(dir, "validate", "-c", "campaign.yaml", "--set", "openfaas_password=[s3cret");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--set openfaas_password").doesNotContain("s3cret");
  }

  @Test
  void exitsTwoWhenTheConfigFileIsMissing() {
    CliRun run = CliRun.of(dir, "validate", "-c", "missing.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("missing.yaml does not exist");
  }

  @Test
  void exitsTwoOnAnUnknownOption() {
    CliRun run = CliRun.of(dir, "validate", "-c", "campaign.yaml", "--frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option");
  }

  @Test
  void helpIsThereForEveryCommand() {
    CliRun run = CliRun.of(dir, "validate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--config-file", "--set");
  }
}
