#!/usr/bin/env bash
# What the grid and the frontier search measure on the planning benchmark (bench/plan-14-functions.yaml,
# pairs and triples) and on the frontier quickstart, at assumed capacities: 0 and 20 (a node that
# overloads at once), 150 (in the middle), 1000 (never). Prints one tab-separated line per run:
# plan, capacity, search, configurations, measured, k6 runs (fixed iterations).
# Usage: bench/search-benchmark.sh [JAR]   (default target/dfaas-sampler.jar)
set -euo pipefail
jar="${1:-target/dfaas-sampler.jar}"
run() { # plan-name config capacity search extra...
  local name=$1 config=$2 capacity=$3 search=$4
  shift 4
  java -Xmx512m -jar "$jar" plan -c "$config" "$@" --assume-capacity "$capacity" \
      --search "$search" --json \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["configurations"], d["measured"], d["k6_runs"], sep="\t")' \
    | sed "s/^/$name\t$capacity\t$search\t/"
}
for capacity in 0 20 150 1000; do
  for search in grid frontier; do
    run quickstart examples/quickstart-frontier.yaml "$capacity" "$search"
  done
done
for capacity in 20 150 1000; do
  for search in grid frontier; do
    run pairs bench/plan-14-functions.yaml "$capacity" "$search"
    run triples bench/plan-14-functions.yaml "$capacity" "$search" \
        --set combinations.max_functions=4
  done
done
