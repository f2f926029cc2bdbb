#!/usr/bin/env bash
# Measures report, plan --replay, plan and export on a synthetic results.csv of ROWS rows, each under
# -Xmx512m: wall time, peak RSS and peak heap (the largest heap in use before any collection, read
# from the GC log). Usage: bench/results-scale.sh [ROWS] [WORK_FOLDER]
#
# The data: env, figlet and shasum at rates 0..450 step 10, every configuration of one to three of
# them (103,822), each repeated as many times as ROWS needs, in the layout of a new results.csv
# (extra columns included). A configuration whose rates add up to more than 900 is overloaded.
# ROWS=10000000 writes about 3 GB (and as much again for the export): WORK_FOLDER (default /tmp) needs the room; it is deleted after.
set -euo pipefail
rows="${1:-1000000}"
work="$(mktemp -d "${2:-/tmp}/results-scale.XXXXXX")"
trap 'rm -rf "$work"' EXIT
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/target/dfaas-sampler.jar"
[[ -f "$jar" ]] || (cd "$root" && ./mvnw -q -DskipTests package)

mkdir -p "$work/out"
cat > "$work/campaign.yaml" <<YAML
functions: [{name: env}, {name: figlet}, {name: shasum}]
rates: {min_rate: 0, max_rate: 450, step: 10}
combinations: {min_functions: 1, max_functions: 3}
iterations: 3
output_dir: $work/out
YAML

python3 "$root/bench/synthetic-results.py" "$rows" "$work/out/results.csv"
ls -l "$work/out/results.csv" >&2

measure() {
  local name="$1"
  shift
  local gc="$work/$name-gc.log"
  local status=0
  /usr/bin/time -f "%e %M" -o "$work/$name.time" \
    java -Xmx512m "-Xlog:gc:file=$gc" -jar "$jar" "$@" > "$work/$name.out" 2> "$work/$name.err" \
    || status=$?
  # time writes "Command exited with non-zero status N" first when the command fails.
  read -r wall rss < <(tail -1 "$work/$name.time")
  # "GC(3) Pause Young (Normal) (G1 Evacuation Pause) 310M->12M(512M) 4.1ms": 310M was in use.
  local heap
  heap="$(grep -o '[0-9]*M->' "$gc" | sed 's/M->//' | sort -n | tail -1)"
  printf '| %s | %s | %s s | %s MiB | %s MiB |\n' \
    "$name" "$status" "$wall" "$((rss / 1024))" "${heap:-?}"
  [[ "$status" == 0 ]] || tail -3 "$work/$name.err" >&2
}

echo "| command | exit | wall | peak RSS | peak heap in use |"
echo "|---|---|---|---|---|"
measure report report "$work/out"
measure "plan --replay" plan -c "$work/campaign.yaml" --replay "$work/out/results.csv" --json
measure plan plan -c "$work/campaign.yaml" --json
measure "export --format dfaas" export "$work/out" --format dfaas --out "$work/export"
