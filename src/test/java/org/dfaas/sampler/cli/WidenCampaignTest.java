package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's way: start with a few rates, then widen. A sandbox campaign, resumed with a config
 * that only adds (a rate, iterations, a function), keeps every row it wrote and runs only what is
 * new; {@code plan} says so first; a config that removes or changes is refused as before.
 */
class WidenCampaignTest {

  private static final String QUICK = ResumeGuardTest.QUICK;

  @TempDir Path dir;

  private Path out;

  @BeforeEach
  void startWithOneRate() throws IOException {
    out = dir.resolve("out");
    CliRun first = cli("run", QUICK);
    assertThat(first.exitCode()).as(first.err()).isZero();
  }

  private CliRun cli(String command, String config, String... extra) throws IOException {
    Files.writeString(dir.resolve("c.yaml"), config);
    String[] args = new String[3 + extra.length];
    args[0] = command;
    args[1] = "-c";
    args[2] = "c.yaml";
    System.arraycopy(extra, 0, args, 3, extra.length);
    return CliRun.of(dir, args);
  }

  private byte[] bytes(String file) throws IOException {
    return Files.readAllBytes(out.resolve(file));
  }

  /** The values of {@code column} in results.csv, row by row. */
  private List<String> column(String column) throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("results.csv"));
    int at = Arrays.asList(lines.get(0).split(",", -1)).indexOf(column);
    assertThat(at).as(column).isNotNegative();
    return lines.stream().skip(1).map(line -> line.split(",", -1)[at]).toList();
  }

  private static String prefix(byte[] whole, int length) {
    return new String(Arrays.copyOf(whole, length), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aRateAddedRunsOnlyTheNewConfigurationAndKeepsEveryRowWritten() throws IOException {
    byte[] results = bytes("results.csv");
    byte[] index = bytes("index.csv");
    // Below the rate measured: whether 5 overloaded or not, nothing dominates 3.
    String wider = QUICK.replace("rates: [5]", "rates: [3, 5]");

    CliRun plan = cli("plan", wider);

    assertThat(plan.exitCode()).as(plan.err()).isZero();
    assertThat(plan.out())
        .contains("this config widens the campaign in ")
        .contains(": rate 3 added");

    CliRun resumed = cli("run", wider);

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    byte[] after = bytes("results.csv");
    assertThat(prefix(after, results.length)).isEqualTo(new String(results, "UTF-8"));
    assertThat(prefix(bytes("index.csv"), index.length)).isEqualTo(new String(index, "UTF-8"));
    assertThat(column("rate_function_figlet"))
        .as(
            Files.readString(out.resolve("campaign.log"))
                + Files.readString(out.resolve("skipped.csv")))
        .containsExactly("5", "3");
    assertThat(Files.readString(out.resolve("index.csv"))).contains("[5]", "[3]");
    assertThat(Files.readString(out.resolve("campaign.log")))
        .contains("this config widens the campaign in ")
        // Done before, or dominated when 3 overloaded (a busy machine): never run again.
        .containsPattern("skipped=(already_indexed|dominated_by_overload): figlet=5");
    String record = Files.readString(out.resolve("campaign.yaml"));
    assertThat(record).contains("history:", "widened_at:", "- rate 3 added", "- 3");

    CliRun again = cli("plan", wider);

    assertThat(again.out()).doesNotContain("widens");
    CliRun validated = CliRun.of(dir, "validate", "-c", "out/campaign.yaml");
    assertThat(validated.exitCode()).as(validated.err()).isZero();
    assertThat(validated.err()).doesNotContain("history");
  }

  @Test
  void aRateAboveAnOverloadedOneIsSkippedAsDominatedAsUsual() throws IOException {
    // Every run overloads: one replica reaches the threshold.
    String overloading = QUICK + "overload: {replicas_overload_threshold: 1}\n";
    Files.walk(out).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    assertThat(cli("run", overloading).exitCode()).isZero();
    assertThat(column("overloaded_node")).containsExactly("1");

    CliRun resumed = cli("run", overloading.replace("rates: [5]", "rates: [5, 8]"));

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(column("rate_function_figlet")).containsExactly("5");
    assertThat(Files.readString(out.resolve("skipped.csv"))).contains("figlet,8");
    assertThat(Files.readString(out.resolve("campaign.log")))
        .contains("skipped=dominated_by_overload: figlet=8");
  }

  @Test
  void aFunctionAddedGetsItsColumnsAndRunsAloneTheOldRowsKeepingTheirValues() throws IOException {
    List<String> before = Files.readAllLines(out.resolve("results.csv"));
    String more = QUICK.replace("[{name: figlet}]", "[{name: figlet}, {name: env}]");

    assertThat(cli("plan", more).out()).contains(": function env added");
    CliRun resumed = cli("run", more);

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    List<String> after = Files.readAllLines(out.resolve("results.csv"));
    assertThat(after.get(0)).startsWith("function_env,rate_function_env,");
    assertThat(column("function_figlet")).containsExactly("figlet", "");
    assertThat(column("function_env")).containsExactly("", "env");
    assertFirstRowKept(before, Files.readAllLines(out.resolve("results.csv")));
    assertThat(Files.readString(out.resolve("index.csv"))).contains("['env'];[5]");
    assertThat(Files.readString(out.resolve("campaign.yaml"))).contains("- function env added");
  }

  @Test
  void iterationsRaisedGiveEachDoneConfigurationOnlyTheMissingOnes() throws IOException {
    byte[] results = bytes("results.csv");
    byte[] index = bytes("index.csv");
    String more = QUICK.replace("iterations: 1", "iterations: 2");

    assertThat(cli("plan", more).out()).contains("iterations raised from 1 to 2");

    CliRun resumed = cli("run", more);

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(prefix(bytes("results.csv"), results.length))
        .isEqualTo(new String(results, "UTF-8"));
    assertThat(column("rate_function_figlet")).containsExactly("5", "5");
    assertThat(bytes("index.csv")).as("listed once").isEqualTo(index);
    assertThat(Files.readString(out.resolve("campaign.log"))).contains("iter 2/2");

    CliRun third = cli("run", more);

    assertThat(third.exitCode()).as(third.err()).isZero();
    assertThat(column("rate_function_figlet")).as("nothing more to run").hasSize(2);
  }

  @Test
  void aRateRemovedIsRefusedByPlanAndRunInTheSameWordsWithAnHonestForceHint() throws IOException {
    String other = QUICK.replace("rates: [5]", "rates: [8]");

    CliRun plan = cli("plan", other);
    CliRun run = cli("run", other);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("differs in rate_strategy: rate 5 removed (was 5, now 8)")
        .contains("(it also widens: rate 8 added)")
        .contains("--force resumes anyway, and its rows then mix measurements")
        .doesNotContain("to mix the data anyway");
    assertThat(plan.exitCode()).isZero();
    assertThat(plan.out())
        .contains("run refuses this folder: ")
        .contains("differs in rate_strategy: rate 5 removed")
        .contains("hint: resume with the config in");
  }

  @Test
  void eachFolderOfAFleetWidensAsASingleTargetsDoes() throws IOException {
    String fleet =
        QUICK.replace("output_dir: out", "output_dir: fleet")
            + "targets_mode: fleet\ntargets: [{name: one}, {name: two}]\n";
    assertThat(cli("run", fleet).exitCode()).isZero();
    String more = fleet.replace("iterations: 1", "iterations: 2");

    CliRun plan = cli("plan", more);
    CliRun run = cli("run", more);

    assertThat(plan.out())
        .contains("target one: this config widens the campaign in ")
        .contains("target two: this config widens the campaign in ");
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String target : List.of("one", "two")) {
      Path folder = dir.resolve("fleet").resolve(target);
      assertThat(Files.readAllLines(folder.resolve("results.csv"))).as(target).hasSize(3);
      assertThat(Files.readString(folder.resolve("campaign.yaml")))
          .contains("- iterations raised from 1 to 2");
    }
  }

  @Test
  void aPoolsOneFolderWidensWithItsTargetColumnKept() throws IOException {
    String pool =
        QUICK.replace("output_dir: out", "output_dir: pool")
            + "targets_mode: pool\ntargets: [{name: one}, {name: two}]\n";
    assertThat(cli("run", pool).exitCode()).isZero();
    Path folder = dir.resolve("pool");
    List<String> before = Files.readAllLines(folder.resolve("results.csv"));
    String more = pool.replace("[{name: figlet}]", "[{name: figlet}, {name: env}]");

    CliRun plan = cli("plan", more);
    CliRun run = cli("run", more);

    assertThat(plan.out()).contains("this config widens the campaign in ", ": function env added");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> after = Files.readAllLines(folder.resolve("results.csv"));
    assertThat(after).hasSize(3);
    assertThat(after.get(0)).startsWith("function_env,").endsWith(",target");
    assertFirstRowKept(before, after);
  }

  /** Every cell of the first row {@code before} has, in its column of {@code after}. */
  private static void assertFirstRowKept(List<String> before, List<String> after) {
    List<String> oldHeader = Arrays.asList(before.get(0).split(",", -1));
    List<String> oldRow = Arrays.asList(before.get(1).split(",", -1));
    List<String> newHeader = Arrays.asList(after.get(0).split(",", -1));
    List<String> newRow = Arrays.asList(after.get(1).split(",", -1));
    assertThat(newHeader).containsAll(oldHeader);
    for (String name : newHeader) {
      int was = oldHeader.indexOf(name);
      assertThat(newRow.get(newHeader.indexOf(name)))
          .as(name)
          .isEqualTo(was < 0 ? "" : oldRow.get(was));
    }
  }

  @Test
  void iterationsLoweredAreRefused() throws IOException {
    CliRun more = cli("run", QUICK.replace("iterations: 1", "iterations: 2"));
    assertThat(more.exitCode()).as(more.err()).isZero();

    CliRun fewer = cli("run", QUICK);

    assertThat(fewer.exitCode()).isEqualTo(2);
    assertThat(fewer.err()).contains("differs in iterations (was 2, now 1;");
  }
}
