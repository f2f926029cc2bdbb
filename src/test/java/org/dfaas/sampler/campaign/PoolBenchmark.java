package org.dfaas.sampler.campaign;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dfaas.sampler.Sleeper;
import org.dfaas.sampler.StubHttpServer;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.K6Executor;
import org.dfaas.sampler.k6.K6Executors;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.k6.StandIn;
import org.dfaas.sampler.metrics.MetricsCollector;
import org.dfaas.sampler.metrics.MetricsSource;
import org.dfaas.sampler.metrics.QueryCatalog;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.platform.OpenFaasGateway;
import org.dfaas.sampler.results.ResultStore;

/**
 * A pool of N targets whose k6 is the stand-in sleeping D seconds per run (local executor, a real
 * process per run), each with its own stub gateway over real HTTP and constant metrics: the wall
 * time of a plan of {@code 2 × max N} independent configurations (one function each) for N = 1, 2,
 * 4, 8, 16, the speedup over N = 1 and the bound {@code 1.25 × T1 / N}; then the controller's own
 * cost per target (threads, heap, sockets) with 64 targets. Not a test: run it by hand, see the
 * README's Performance section.
 *
 * <p>{@code java -cp target/classes:target/test-classes:<deps>
 * org.dfaas.sampler.campaign.PoolBenchmark FOLDER [D] [N...]}
 */
public final class PoolBenchmark {

  private PoolBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "target/pool-benchmark");
    double sleep = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
    List<Integer> sizes = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1, 2, 4, 8, 16);
    }
    StandIn standIn = StandIn.installIn(root.resolve("bin"));
    standIn.behave(Map.of("STANDIN_SLEEP", Double.toString(sleep), "STANDIN_LINES", "1"));
    int configurations =
        2 * sizes.stream().mapToInt(Integer::intValue).filter(n -> n < 64).max().orElse(16);
    double serial = 0;
    Map<Integer, Integer> repeats = new HashMap<>();
    for (int n : sizes) {
      // A size given again (to measure a warmed-up JVM) runs in a folder of its own, from scratch.
      int repeat = repeats.merge(n, 1, Integer::sum);
      Run run =
          run(
              root.resolve(repeat == 1 ? "n" + n : "n" + n + "-" + repeat),
              standIn,
              n,
              configurations);
      if (n == 1) {
        serial = run.seconds();
      }
      if (serial == 0) {
        // Without N = 1 in this invocation (the cost run) there is no serial time to compare with.
        System.out.printf(
            Locale.ROOT,
            "N=%2d  %d configurations x %.1f s: %6.1f s wall%n",
            n,
            configurations,
            sleep,
            run.seconds());
      } else {
        double bound = 1.25 * serial / n;
        System.out.printf(
            Locale.ROOT,
            "N=%2d  %d configurations x %.1f s: %6.1f s wall, speedup %5.2f, bound 1.25 x T1/N ="
                + " %6.1f s: %s%n",
            n,
            configurations,
            sleep,
            run.seconds(),
            serial / run.seconds(),
            bound,
            run.seconds() <= bound ? "within" : "OVER");
      }
      System.out.printf(
          Locale.ROOT,
          "      controller CPU %.1f ms per k6 run, the k6 stand-in's own %.1f ms%n",
          run.cpuMsPerRun(),
          run.standInCpuMsPerRun());
      if (n >= 64) {
        System.out.printf(
            Locale.ROOT,
            "N=%d cost: %d threads (%.1f per target), heap %.1f MiB after GC (%.0f KiB per"
                + " target), %d client sockets (%.1f per target)%n",
            n,
            run.threads(),
            run.threads() / (double) n,
            run.heapBytes() / 1048576.0,
            run.heapBytes() / 1024.0 / n,
            run.sockets(),
            run.sockets() / (double) n);
      }
    }
  }

  private record Run(
      double seconds,
      int threads,
      long heapBytes,
      int sockets,
      double cpuMsPerRun,
      double standInCpuMsPerRun) {}

  private static Run run(Path folder, StandIn standIn, int targets, int configurations)
      throws Exception {
    StringBuilder functions = new StringBuilder();
    for (int f = 1; f <= Math.max(configurations, targets); f++) {
      functions.append(String.format(Locale.ROOT, "  - {name: f%03d}%n", f));
    }
    SamplerConfig config =
        new ConfigLoader()
            .load(
                "pool.yaml",
                """
                functions:
                %s
                rate_strategy: {type: custom, rates: [10]}
                combinations: {min_functions: 1, max_functions: 2}
                duration: 1s
                iterations: 1
                warmup: {duration: 0s}
                openfaas_password: not-a-secret
                k6_executor: local
                k6_binary: %s
                k6_workspace_root: %s
                """
                    .formatted(
                        functions.toString().stripTrailing().replace("\n", "\n"),
                        standIn.binary(),
                        folder.resolve("k6")),
                List.of())
            .config();
    List<StubHttpServer> gateways = new ArrayList<>();
    List<K6Executor> executors = new ArrayList<>();
    int socketsBefore;
    int threadsBefore;
    long heapBefore;
    try {
      StringBuilder deployed = new StringBuilder("[");
      for (FunctionSpec function : config.functions()) {
        deployed
            .append(deployed.length() > 1 ? "," : "")
            .append("{\"name\": \"")
            .append(function.name())
            .append("\", \"replicas\": 1, \"availableReplicas\": 1}");
      }
      String list = deployed.append("]").toString();
      for (int i = 0; i < targets; i++) {
        gateways.add(new StubHttpServer(request -> StubHttpServer.Reply.json(200, list)));
      }
      socketsBefore = sockets();
      threadsBefore = Thread.activeCount();
      heapBefore = heapAfterGc();
      List<TargetParts> pool = new ArrayList<>();
      for (int i = 0; i < targets; i++) {
        K6Executor executor = K6Executors.create(config, Map.of(), System::nanoTime);
        executors.add(executor);
        MetricsCollector metrics =
            new MetricsCollector(
                QueryCatalog.bundled(false), CONSTANT, config.duration(), false, Map.of());
        OpenFaasGateway gateway =
            OpenFaasGateway.create(gateways.get(i).url(), config.gateway(), Map.of());
        pool.add(
            new TargetParts(
                "t" + i,
                K6Runner.fromConfig(config, executor),
                metrics,
                gateway,
                new CooldownManager(
                    config.cooldown(),
                    metrics::nodeSnapshot,
                    gateway,
                    Clock.systemUTC(),
                    Sleeper.SYSTEM),
                new OverloadEvaluator(config.overload(), 2),
                CampaignListener.NONE,
                gateway::functions));
      }
      // Sampling runs under the pool's listener lock (a GC stops every target): only the cost run,
      // which reports what it samples, samples.
      Monitor monitor = new Monitor(targets >= 64);
      long cpuBefore = processCpuNanos();
      long childrenCpuBefore = childrenCpuMillis();
      long started = System.nanoTime();
      try (ResultStore store =
          ResultStore.open(
              folder,
              config.functions().stream().map(FunctionSpec::name).toList(),
              config.output(),
              true)) {
        Plan plan = Plan.of(config);
        CampaignOutcome outcome =
            new DfaasGenerator(
                    new CampaignParts(
                        config,
                        new RunIdentity("bench", "controller", 1, 1),
                        plan,
                        pool,
                        store,
                        monitor,
                        CampaignListener.NONE,
                        Clock.systemUTC(),
                        java.util.Optional.of(PoolSettings.DEFAULTS),
                        configurations))
                .run();
        if (outcome.ran() != configurations) {
          throw new IllegalStateException("ran " + outcome.ran() + ": " + outcome.stopReason());
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpuMsPerRun = (processCpuNanos() - cpuBefore) / 1e6 / configurations;
      double standInCpuMsPerRun =
          (childrenCpuMillis() - childrenCpuBefore) / (double) configurations;
      // Client sockets: each connection to an in-process stub is two sockets, one on each side.
      return new Run(
          seconds,
          monitor.peakThreads.get() - threadsBefore,
          Math.max(0, monitor.peakHeap - heapBefore),
          Math.max(0, (monitor.peakSockets.get() - socketsBefore) / 2),
          cpuMsPerRun,
          standInCpuMsPerRun);
    } finally {
      for (K6Executor executor : executors) {
        executor.close();
      }
      gateways.forEach(StubHttpServer::close);
    }
  }

  /** Samples threads, sockets and the heap as the pool's targets start iterations, when asked. */
  private static final class Monitor implements CampaignListener {
    final AtomicInteger peakThreads = new AtomicInteger();
    final AtomicInteger peakSockets = new AtomicInteger();
    final boolean sample;
    long peakHeap;
    int started;

    Monitor(boolean sample) {
      this.sample = sample;
    }

    @Override
    public void iterationStarted(
        PlanPosition position, org.dfaas.sampler.plan.Configuration c, int i) {
      if (!sample) {
        return;
      }
      peakThreads.accumulateAndGet(Thread.activeCount(), Math::max);
      peakSockets.accumulateAndGet(sockets(), Math::max);
      if (++started % 16 == 0) {
        peakHeap = Math.max(peakHeap, heapAfterGc());
      }
    }
  }

  /** This JVM's CPU time (the controller and the in-process stubs; not the k6 processes). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * The CPU time, user and system, of this JVM's children that have ended and been waited for: the
   * k6 stand-ins with the processes they started (Linux's {@code /proc/self/stat}, in the clock
   * ticks of 10 ms that its ABI fixes).
   */
  private static long childrenCpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // Fields after the command's closing parenthesis, from the state (field 3): cutime is 16.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static int sockets() {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return (int)
          fds.filter(
                  fd -> {
                    try {
                      return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                    } catch (java.io.IOException e) {
                      return false;
                    }
                  })
              .count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final MetricsSource CONSTANT = FakeCampaign.constantMetrics(PoolBenchmark::value);

  private static double value(String name) {
    return switch (name) {
      case "cpu_usage_node" -> 10.0;
      case "ram_usage_node" -> 1.0e9;
      case "ram_usage_node_pct" -> 10.0;
      case "cpu_count_node" -> 2.0;
      case "cpu_usage_function" -> 1.0;
      case "ram_usage_function" -> 1.0e6;
      default -> Double.NaN;
    };
  }
}
