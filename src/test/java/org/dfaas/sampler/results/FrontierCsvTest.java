package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontierCsvTest {

  private static final Configuration ENV_10 = Configuration.of(new RatePair("env", 10));
  private static final Configuration PAIR =
      Configuration.of(new RatePair("figlet", 20), new RatePair("env", 10));

  @TempDir Path folder;

  @Test
  void namesTheIdThePairsOfSkippedCsvTheStatusAndWhatImpliesIt() {
    FrontierCsv table = new FrontierCsv(List.of("figlet", "env"));

    assertThat(table.header())
        .containsExactly(
            "config_id",
            "function_env",
            "rate_function_env",
            "function_figlet",
            "rate_function_figlet",
            "status",
            "implied_by");
    assertThat(table.cells(new FrontierRow(PAIR, "inferred_overloaded", ENV_10.id())))
        .containsExactly(
            PAIR.id(), "env", "10", "figlet", "20", "inferred_overloaded", ENV_10.id());
    assertThat(table.cells(new FrontierRow(ENV_10, "measured_ok", "")))
        .containsExactly(ENV_10.id(), "env", "10", "", "", "measured_ok", "");
  }

  @Test
  void replacesTheWholeFileInTheDialectOfTheOutputFolder() throws IOException {
    try (ResultStore store = ResultStore.open(folder, List.of("figlet", "env"))) {
      store.writeFrontier(List.of(new FrontierRow(ENV_10, "measured_overloaded", "")));
      store.writeFrontier(
          List.of(
              new FrontierRow(ENV_10, "measured_ok", ""),
              new FrontierRow(PAIR, "inferred_ok", ENV_10.id())));
    }

    assertThat(Files.readString(folder.resolve("frontier.csv"), StandardCharsets.UTF_8))
        .isEqualTo(
            "config_id,function_env,rate_function_env,function_figlet,rate_function_figlet,"
                + "status,implied_by\r\n"
                + ENV_10.id()
                + ",env,10,,,measured_ok,\r\n"
                + PAIR.id()
                + ",env,10,figlet,20,inferred_ok,"
                + ENV_10.id()
                + "\r\n");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void readsBackWhatItWroteAndNothingWhenTheFolderHasNone() throws IOException {
    List<FrontierRow> rows =
        List.of(
            new FrontierRow(ENV_10, "measured_ok", ""),
            new FrontierRow(PAIR, "inferred_ok", ENV_10.id()));
    try (ResultStore store = ResultStore.open(folder, List.of("figlet", "env"))) {
      assertThat(FrontierReader.read(folder.resolve("frontier.csv"))).isEmpty();
      store.writeFrontier(rows);
    }

    assertThat(FrontierReader.read(folder.resolve("frontier.csv"))).isEqualTo(rows);
  }

  @Test
  void namesTheFileAndLineOfABadRate() throws IOException {
    Path file = folder.resolve("frontier.csv");
    Files.writeString(
        file,
        "config_id,function_env,rate_function_env,status,implied_by\r\n"
            + "abc,env,ten,measured_ok,\r\n");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FrontierReader.read(file))
        .isInstanceOf(org.dfaas.sampler.SamplerException.class)
        .hasMessageContaining(file + " line 2")
        .hasMessageContaining("rate_function_env is not a whole number ≥ 0: \"ten\"");
  }
}
