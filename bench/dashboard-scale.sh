#!/usr/bin/env bash
# Measures `dashboard` on a folder of ROWS synthetic rows (bench/synthetic-results.py) under
# -Xmx128m: the first read, the first charts, the peak heap in use (GC log) and RSS, then UPDATES
# updates of one appended row each: how long until the page's stream shows it, and the CPU the
# server spent per update (charts drawn again at most every 5 s included).
# Usage: bench/dashboard-scale.sh [ROWS] [UPDATES] [WORK_FOLDER]
set -euo pipefail
rows="${1:-1000000}"
updates="${2:-20}"
work="$(mktemp -d "${3:-/tmp}/dashboard-scale.XXXXXX")"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/target/dfaas-sampler.jar"
[[ -f "$jar" ]] || (cd "$root" && ./mvnw -q -DskipTests package)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir -p "$work/out"
python3 "$root/bench/synthetic-results.py" "$rows" "$work/out/results.csv"
ls -l "$work/out/results.csv" >&2
row="$(tail -1 "$work/out/results.csv")"
ticks="$(getconf CLK_TCK)"

now() { date +%s.%N; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# Waits until the stream has shown N rows.
await_rows() {
  until grep -qs "\"rows\":$1," "$work/events"; do sleep 0.05; done
}

started="$(now)"
java -Xmx128m "-Xlog:gc:file=$work/gc.log" -jar "$jar" dashboard "$work/out" --port 0 \
  > "$work/dashboard.out" 2> "$work/dashboard.err" &
server=$!
pids+=("$server")
until url="$(grep -so 'http://[^ ]*' "$work/dashboard.out")"; do sleep 0.1; done
curl -sN "${url}events" > "$work/events" &
pids+=("$!")
await_rows "$rows"
read_all="$(echo "$(now) - $started" | bc)"
until grep -q '"charts":\[{' "$work/events"; do sleep 0.1; done
charts="$(echo "$(now) - $started" | bc)"

before="$(cpu_ticks "$server")"
latencies=()
for i in $(seq 1 "$updates"); do
  t0="$(now)"
  printf '%s\r\n' "$row" >> "$work/out/results.csv"
  await_rows "$((rows + i))"
  latencies+=("$(echo "$(now) - $t0" | bc)")
  sleep 1
done
after="$(cpu_ticks "$server")"
rss="$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$server/status")"
heap="$(grep -o '[0-9]*M->' "$work/gc.log" | sed 's/M->//' | sort -n | tail -1)"
median="$(printf '%s\n' "${latencies[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
worst="$(printf '%s\n' "${latencies[@]}" | sort -n | tail -1)"
cpu_ms="$(echo "($after - $before) * 1000 / $ticks / $updates" | bc)"

echo "| rows | first read | first charts | peak heap in use | peak RSS | update seen after (median / worst) | CPU per update |"
echo "|---|---|---|---|---|---|---|"
printf '| %s | %.1f s | %.1f s | %s MiB | %s MiB | %.2f s / %.2f s | %s ms |\n' \
  "$rows" "$read_all" "$charts" "${heap:-?}" "$rss" "$median" "$worst" "$cpu_ms"
if grep -q OutOfMemoryError "$work/dashboard.err"; then
  echo "OutOfMemoryError: see $work/dashboard.err" >&2
  exit 1
fi
