package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Tool;
import org.junit.jupiter.api.Test;

/**
 * Python's own {@code random} module is the reference: the same seeds and ranges are drawn here and
 * by the real {@code python3}, covering both of {@code sample}'s algorithms (a pool for a small
 * range, a set of picks for a large one), seeds of one and of several 32-bit words, negative seeds,
 * and samples of the whole range.
 */
@Requires(Tool.PYTHON3)
class PythonRandomTest {

  /** One draw: seed, range start, range size, sample size. */
  private record Draw(long seed, long low, long size, int count) {}

  @Test
  void samplesExactlyWhatPythonSamplesForManySeedsAndRanges() throws Exception {
    List<Draw> draws = new ArrayList<>();
    Random pick = new Random(20261130);
    long[] fixedSeeds = {
      0, 1, 42, -1, -42, 4294967295L, 4294967296L, Long.MAX_VALUE, Long.MIN_VALUE, 123456789012345L
    };
    for (long seed : fixedSeeds) {
      draws.add(new Draw(seed, 10, 191, 10));
      draws.add(new Draw(seed, 0, 2_000_000_000L, 7));
    }
    for (int i = 0; i < 200; i++) {
      long size = 1 + (i % 3 == 0 ? pick.nextInt(Integer.MAX_VALUE) : pick.nextInt(400));
      int count = (int) Math.min(size, 1 + pick.nextInt(i % 5 == 0 ? 300 : 30));
      draws.add(new Draw(pick.nextLong() >> pick.nextInt(64), pick.nextInt(100), size, count));
    }

    List<String> expected = python(draws);

    for (int i = 0; i < draws.size(); i++) {
      Draw draw = draws.get(i);
      long[] ours =
          new PythonRandom(draw.seed()).sampleRange(draw.low(), draw.size(), draw.count());
      assertThat(join(ours)).as(draw.toString()).isEqualTo(expected.get(i));
    }
  }

  @Test
  void getrandbitsTakesTheHighBitsOfEachWord() throws Exception {
    PythonRandom random = new PythonRandom(5);
    long[] ours = new long[6];
    for (int i = 0; i < ours.length; i++) {
      ours[i] = random.getrandbits(i % 2 == 0 ? 32 : 7);
    }
    String script =
        "import random\nr = random.Random(5)\n"
            + "print(' '.join(str(r.getrandbits(32 if i % 2 == 0 else 7)) for i in range(6)))\n";
    assertThat(join(ours)).isEqualTo(runPython(script).get(0));
  }

  private static String join(long[] values) {
    return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(" "));
  }

  private static List<String> python(List<Draw> draws) throws Exception {
    StringBuilder script = new StringBuilder("import random\n");
    for (Draw d : draws) {
      script
          .append("print(' '.join(map(str, random.Random(")
          .append(d.seed())
          .append(").sample(range(")
          .append(d.low())
          .append(", ")
          .append(d.low() + d.size())
          .append("), ")
          .append(d.count())
          .append("))))\n");
    }
    return runPython(script.toString());
  }

  private static List<String> runPython(String script) throws IOException, InterruptedException {
    Process python =
        new ProcessBuilder(Tool.PYTHON3.path().toString(), "-c", script)
            .redirectErrorStream(true)
            .start();
    if (!python.waitFor(60, TimeUnit.SECONDS)) {
      python.destroyForcibly();
      fail("python3 did not finish within 60 s");
    }
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(python.exitValue()).as(out).isZero();
    return out.lines().toList();
  }
}
