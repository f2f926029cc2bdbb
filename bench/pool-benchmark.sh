#!/usr/bin/env bash
# A pool of N targets whose k6 is the stand-in sleeping D seconds per run (local executor, one
# process per run), each with its own stub gateway over HTTP and constant metrics: wall time per N,
# speedup over N = 1, the bound 1.25 x T1 / N, the CPU per run of the controller and of the
# stand-ins; then the controller's cost per target with 64.
#   bench/pool-benchmark.sh [D]      (default D = 2 s; results in docs/performance.md)
set -euo pipefail
cd "$(dirname "$0")/.."
sleep_seconds="${1:-2}"
# The build a user already runs (bin/dfaas-sampler's): the jar carries every runtime dependency,
# and package compiles the tests, where the benchmark and its stand-ins live. Online, so a fresh
# clone fetches what it lacks; nothing beyond what that build needs.
./mvnw -B -ntp -q -DskipTests package
cp="target/test-classes:target/dfaas-sampler.jar"
out="$(mktemp -d /tmp/pool-benchmark.XXXXXX)"
java -cp "$cp" org.dfaas.sampler.campaign.PoolBenchmark "$out/scaling" "$sleep_seconds" 1 2 4 8 16
java -cp "$cp" org.dfaas.sampler.campaign.PoolBenchmark "$out/cost" "$sleep_seconds" 64
rm -rf "$out"
