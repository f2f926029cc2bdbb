package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionChartTest {

  @TempDir Path dir;

  @Test
  void drawsTheMeanWithItsIntervalAtEachRate() {
    CampaignSummary summary = new CampaignSummary(CampaignReader.read(ReportFixture.source()));

    YIntervalSeries cpu =
        FunctionChart.series("figlet", "CPU", FunctionValue.CPU, 1, summary.singles("figlet"));

    assertThat(cpu.getItemCount()).isEqualTo(3);
    assertThat(cpu.getX(1)).isEqualTo(10.0);
    assertThat(cpu.getYValue(1)).isCloseTo(0.2, within(1e-9));
    assertThat(cpu.getYHighValue(1)).isCloseTo(1.47062, within(1e-4));
  }

  @Test
  void leavesOutARateWhoseValueIsMissingInEveryIterationInsteadOfDrawingZero() throws IOException {
    Path folder = ReportFixture.copyTo(dir.resolve("campaign"));
    Path results = folder.resolve("results.csv");
    // env=20 alone: its RAM cell becomes nan in all three iterations.
    StringBuilder text = new StringBuilder();
    for (String line : Files.readAllLines(results)) {
      String[] cells = line.split(",", -1);
      if (line.startsWith("env,20,") && cells[9].isEmpty()) {
        cells[4] = "nan";
      }
      text.append(String.join(",", cells)).append("\r\n");
    }
    Files.writeString(results, text.toString());
    CampaignSummary summary = new CampaignSummary(CampaignReader.read(folder));

    YIntervalSeries ram =
        FunctionChart.series("env", "RAM", FunctionValue.RAM, 1, summary.singles("env"));

    assertThat(ram.getItemCount()).isEqualTo(2);
    assertThat(ram.getX(1)).isEqualTo(10.0);
  }
}
