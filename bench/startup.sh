#!/usr/bin/env bash
# Benchmark: start-up, which dominates the commands an analyst types. `outcomes gap` (the README's
# headline example: one indicator's ward figures, a difference and its interval) against
# `outcomes --version` (the JVM, picocli and nothing else), through ./outcomes and through
# `java -jar target/outcomes.jar` (the form a scheduler may use). Target: gap within 1.5x of
# --version. Not part of `mvn verify`.
#
#   bench/startup.sh              # 20 runs of each after 3 to warm the file cache
#   RUNS=50 bench/startup.sh
#
# Uses hyperfine (apt-get install hyperfine) when it is there, else a loop under /usr/bin/time -v.
# Builds the tool through ./outcomes first when the jar is missing or stale.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-20}"
dir="${BENCH_DIR:-${TMPDIR:-/tmp}/outcomes-bench}"
mkdir -p "$dir"
cd "$root"   # gap reads indicators/ and data/ from here
"$root/outcomes" --version >/dev/null

gap="gap --indicator life-expectancy --sex Male --area E05000648 --vs E05000637 --period 2010-14"
commands=("./outcomes --version" "./outcomes $gap"
  "java -jar target/outcomes.jar --version" "java -jar target/outcomes.jar $gap")

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 3 --runs "$runs" --style basic --export-json "$dir/startup.json" \
    "${commands[@]}" >&2
  # mean, median and least wall time, and mean CPU time (user + system), of each command; the CPU
  # time varies least when other work shares the machine
  /usr/bin/python3 - "$dir/startup.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
rows = {}
for r in results:
    t = r["times"]
    rows[r["command"]] = (statistics.mean(t), statistics.median(t), min(t), r["user"] + r["system"])
    print(f"{r['command'][:60]:60} mean {rows[r['command']][0]:.3f} s, median {rows[r['command']][1]:.3f} s,"
          f" least {rows[r['command']][2]:.3f} s, CPU {rows[r['command']][3]:.3f} s")
for launcher in ("./outcomes", "java -jar target/outcomes.jar"):
    version = next(v for c, v in rows.items() if c == launcher + " --version")
    gap = next(v for c, v in rows.items() if c.startswith(launcher + " gap"))
    print(f"{launcher}: gap / --version = {gap[1] / version[1]:.2f}x by median wall time,"
          f" {gap[0] / version[0]:.2f}x by mean, {gap[3] / version[3]:.2f}x by CPU time (target 1.5x)")
PY
else
  echo "bench: no hyperfine (apt-get install hyperfine): $runs runs of each under /usr/bin/time" >&2
  # shellcheck source=bench/measure.sh
  source "$root/bench/measure.sh"
  for c in "${commands[@]}"; do
    echo "$c" >&2
    # shellcheck disable=SC2086
    read -r wall rss cpu < <(best_of "$runs" $c)
    echo "$c: least ${wall} s wall, least ${cpu} s CPU, ${rss} KB peak RSS"
  done
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
