package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.config.K6Settings;
import org.junit.jupiter.api.Test;

class K6RunRequestTest {

  private static final K6Script SCRIPT = new K6Script("// script\n", Map.of("env", "env"));

  @Test
  void placesTheWorkspaceUnderRootTargetRunAndConfig() {
    assertThat(request(Fixtures.SETTINGS).workspace())
        .isEqualTo("/var/lib/dfaas-k6/node-1/run-1/9119962e05b1");
  }

  @Test
  void startsK6WithTheSummaryExportThenOutputsThenTagsThenTheScript() {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("testid", "dfaas");
    tags.put("node", "n1");

    List<String> command =
        request(Fixtures.settings(List.of("json=out.json", "csv=out.csv"), tags))
            .k6Command("/w/config.js", "/w/summary.json");

    assertThat(command)
        .containsExactly(
            "k6",
            "run",
            "--summary-export",
            "/w/summary.json",
            "--out",
            "json=out.json",
            "--out",
            "csv=out.csv",
            "--tag",
            "testid=dfaas",
            "--tag",
            "node=n1",
            "/w/config.js");
  }

  @Test
  void startsK6WithOnlyTheSummaryExportWhenNoOutputsOrTagsAreSet() {
    assertThat(request(Fixtures.SETTINGS).k6Command("s.js", "summary.json"))
        .containsExactly("k6", "run", "--summary-export", "summary.json", "s.js");
  }

  private static K6RunRequest request(K6Settings settings) {
    return new K6RunRequest("9119962e05b1", SCRIPT, "node-1", "run-1", settings, Fixtures.DURATION);
  }
}
