package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptCommandTest {

  private static final String CAMPAIGN =
      """
      gateway_url: http://10.0.0.20:31112/
      duration: 30s
      functions:
        - name: figlet
          method: POST
          body: Hello DFaaS!
          headers: {Content-Type: text/plain}
        - name: env
        - name: qrcode-go
          method: POST
          body: https://example.org
      """;

  @TempDir Path dir;

  private static String fixture(String name) throws IOException {
    try (InputStream in = ScriptCommandTest.class.getResourceAsStream("/fixtures/k6/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void printsTheFixtureScriptByteForByteWhateverTheOrderOfThePairs() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), CAMPAIGN);

    CliRun run =
        CliRun.of(
            dir, "script", "-c", "campaign.yaml", "--config", "qrcode-go=10, env=0,figlet=20");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(fixture("script-figlet20-env0-qrcode10.js"));
  }

  @Test
  void printsTheIdleScriptWhenEveryRateIsZero() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), CAMPAIGN);

    CliRun run = CliRun.of(dir, "script", "-c", "campaign.yaml", "--config", "figlet=0,env=0");

    assertThat(run.out()).isEqualTo(fixture("script-all-zero.js"));
  }

  @Test
  void refusesAFunctionTheConfigDoesNotHaveWithExitCodeTwo() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), CAMPAIGN);

    CliRun run = CliRun.of(dir, "script", "-c", "campaign.yaml", "--config", "figlet=20,nmap=5");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no function \"nmap\"", "figlet, env, qrcode-go");
  }

  @Test
  void refusesARateThatIsNotAWholeNumber() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), CAMPAIGN);

    CliRun run = CliRun.of(dir, "script", "-c", "campaign.yaml", "--config", "figlet=fast");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the rate of figlet must be a whole number");
  }

  @Test
  void refusesAFunctionGivenTwice() throws IOException {
    Files.writeString(dir.resolve("campaign.yaml"), CAMPAIGN);

    CliRun run = CliRun.of(dir, "script", "-c", "campaign.yaml", "--config", "env=1,env=2");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("\"env\" is given twice");
  }

  @Test
  void resolvesTheHostAddressAsRunDoes() throws IOException {
    Files.writeString(
        dir.resolve("campaign.yaml"),
        CAMPAIGN.replace("http://10.0.0.20:31112/", "http://{host.address}:31112/"));

    CliRun run =
        CliRun.withEnv(
            dir,
            java.util.Map.of("LB_RUN_HOST_ADDRESS", "node-7.lab"),
            "script",
            "-c",
            "campaign.yaml",
            "--config",
            "figlet=20");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("http://node-7.lab:31112/function/figlet")
        .doesNotContain("{host.address}");
  }
}
