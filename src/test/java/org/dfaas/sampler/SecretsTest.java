package org.dfaas.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

  @TempDir Path dir;

  @Test
  void readsASecretFileWithoutItsTrailingLineBreak() throws Exception {
    Path file = Files.writeString(dir.resolve("pw"), "s3cret\n");

    assertThat(Secrets.read(file, "openfaas_password_file")).isEqualTo("s3cret");
  }

  @Test
  void anEmptyOrMissingFileIsABadInputNamingKeyAndFileButNoContent() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty"), " \n");
    Path missing = dir.resolve("missing");

    assertThatThrownBy(() -> Secrets.read(empty, "prometheus_password_file"))
        .isInstanceOfSatisfying(
            SamplerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
        .hasMessageContaining("prometheus_password_file")
        .hasMessageContaining("is empty");
    assertThatThrownBy(() -> Secrets.read(missing, "k"))
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("NoSuchFileException");
  }

  @Test
  void masksTheCredentialsOfEveryUrlInAText() {
    assertThat(
            Secrets.maskUrlCredentials(
                "output: InfluxDBv1 (http://k6:p@ss@influx:8086) and https://t0ken@h/x, ftp://h/"))
        .isEqualTo("output: InfluxDBv1 (http://***@influx:8086) and https://***@h/x, ftp://h/");
  }

  @Test
  void masksCredentialsHoldingWhitespaceUpToTheLineBreak() {
    assertThat(Secrets.maskUrlCredentials("url \"http://admin:pa ss\tw0rd@h:9090/x\" refused"))
        .isEqualTo("url \"http://***@h:9090/x\" refused");
    assertThat(Secrets.maskUrlCredentials("http://h:1 ok\nmail a@b"))
        .isEqualTo("http://h:1 ok\nmail a@b");
  }

  @Test
  void aChildEnvironmentLosesTheSecretsAndTheToolsUrlsWithCredentials() {
    java.util.Map<String, String> env =
        new java.util.HashMap<>(
            java.util.Map.of(
                "OPENFAAS_PASSWORD", "pw",
                "DFAAS_SSH_KEY_PASSPHRASE", "pp",
                "LB_LOKI_ENDPOINT", "https://user:loki-key@loki.example/loki/api/v1/push",
                "LB_GRAFANA_URL", "https://grafana.example",
                "LB_RUN_HOST", "node-1",
                "K6_OUT", "influxdb=http://k6:influx-pw@influx:8086/k6",
                "PATH", "/usr/bin"));

    Secrets.removeFrom(env);

    assertThat(env)
        .containsOnlyKeys("LB_GRAFANA_URL", "LB_RUN_HOST", "K6_OUT", "PATH")
        .doesNotContainValue("https://user:loki-key@loki.example/loki/api/v1/push");
  }

  @Test
  void buildsBasicAndBearerHeaders() {
    assertThat(Secrets.basic("admin", "pw")).isEqualTo("Basic YWRtaW46cHc=");
    assertThat(Secrets.bearer("t")).isEqualTo("Bearer t");
  }
}
