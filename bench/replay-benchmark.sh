#!/usr/bin/env bash
# Replays the synthetic recordings (SyntheticRecordings: seven nodes, three functions, 21 rates,
# sizes 1..3, 3 iterations) with the grid and the frontier search, fixed and adaptive iterations.
# Prints one tab-separated line per replay: recording, search, iterations, measured, k6 runs,
# agreement, and what the replay judged CPU with.
# Usage: bench/replay-benchmark.sh FOLDER [JAR]   (FOLDER: where the recordings are written, once)
set -euo pipefail
folder=$1
jar="${2:-target/dfaas-sampler.jar}"
if [[ ! -f "$folder/replay.yaml" ]]; then
  java -cp "target/dfaas-sampler.jar:target/test-classes" \
      org.dfaas.sampler.replay.SyntheticRecordings "$folder" >&2
fi
for recording in "$folder"/results-*.csv; do
  for search in grid:fixed frontier:fixed frontier:adaptive; do
    java -jar "$jar" plan -c "$folder/replay.yaml" --set "search.mode=${search%:*}" \
        --set "search.iterations=${search#*:}" --replay "$recording" --json \
      | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["measured"], d["k6_runs"], "%.2f %%" % (100*d["agreement"]), d.get("node_cores_from", ""), sep="\t")' \
      | sed "s|^|$(basename "$recording" .csv)\t${search%:*}\t${search#*:}\t|"
  done
done
