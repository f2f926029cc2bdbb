# Writes a synthetic results.csv of ROWS rows: env, figlet and shasum at rates 0..450 step 10, every
# configuration of one to three of them (103,822), each repeated as many times as ROWS needs, in the
# layout of a new results.csv (extra columns included). A configuration whose rates add up to more
# than 900 is overloaded. Usage: python3 bench/synthetic-results.py ROWS FILE
import itertools, math, random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
functions = ["env", "figlet", "shasum"]
rates = range(0, 460, 10)
configurations = [dict(zip(names, r))
                  for size in (1, 2, 3)
                  for names in itertools.combinations(functions, size)
                  for r in itertools.product(rates, repeat=size)]
iterations = math.ceil(rows / len(configurations))
header = []
for f in functions:
    header += [c.format(f) for c in ("function_{}", "rate_function_{}", "success_rate_function_{}",
               "cpu_usage_function_{}", "ram_usage_function_{}", "power_usage_function_{}",
               "replica_{}", "overloaded_function_{}", "medium_latency_function_{}")]
header += ["cpu_usage_idle_node", "cpu_usage_node", "ram_usage_idle_node", "ram_usage_node",
           "ram_usage_idle_node_percentage", "ram_usage_node_percentage", "power_usage_idle_node",
           "power_usage_node", "rest_seconds", "overloaded_node"]
for f in functions:
    header += [c.format(f) for c in ("latency_avg_function_{}", "latency_med_function_{}",
               "latency_p90_function_{}", "latency_p95_function_{}", "request_count_function_{}")]
header += ["dropped_iterations", "overload_reason"]
rng = random.Random(26)
written = 0
with open(path, "w", newline="") as out:
    out.write(",".join(header) + "\r\n")
    for i in range(iterations):
        lines = []
        for c in configurations:
            if written == rows:
                break
            total = sum(c.values())
            over = total > 900
            cells, extra = [], []
            for f in functions:
                if f in c:
                    r = c[f]
                    lat = 20 + r * 0.1 + rng.random() * 5
                    cells += [f, str(r), "%.3f" % (0.9 if over else 1.0), "%.3f" % (r * 0.01),
                              "%.3f" % (3e7 + r * 1e5), "nan", "1", "1" if over else "0",
                              str(int(lat))]
                    extra += ["%.3f" % lat, "%.3f" % (lat * 0.9), "%.3f" % (lat * 1.5),
                              "%.3f" % (lat * 1.8), str(r * 30)]
                else:
                    cells += [""] * 9
                    extra += [""] * 5
            cells += ["4.000", "%.3f" % (10 + total * 0.2 + rng.random()), "1000000000.000",
                      "%.3f" % (1e9 + total * 1e6), "25.000", "%.3f" % (30 + total * 0.05),
                      "nan", "nan", "12", "1" if over else "0"]
            lines.append(",".join(cells + extra + ["0", "cpu" if over else ""]) + "\r\n")
            written += 1
        out.writelines(lines)
print("%d rows, %d configurations, %d iterations each at most"
      % (written, len(configurations), iterations), file=sys.stderr)
