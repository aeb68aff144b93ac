#!/usr/bin/env bash
# Benchmark: `outcomes report` against the pandas + openpyxl + matplotlib peer
# (bench/peer_report.py) on the same data folder. The peer does far less (a sheet and two charts
# per indicator, no catalogue, no statistics); the target is that `report` is faster still. Not
# part of `mvn verify`.
#
#   bench/report.sh                   # 3 runs of each, on the bundled data/
#   RUNS=5 PEER_RUNS=2 bench/report.sh
#   DATA=/some/data bench/report.sh   # another data folder (the catalogue is indicators/)
#
# Each tool writes into its own folder under $BENCH_DIR (by default a folder under $TMPDIR or /tmp),
# a run replacing the one before, as an analyst's second run does; each under /usr/bin/time -v; prints wall and CPU time, peak RSS and the ratio. Builds the tool through
# ./outcomes first when the jar is missing or stale. Needs Java 17+, Maven and Debian's python3
# with python3-pandas, python3-openpyxl and python3-matplotlib.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-3}"
peer_runs="${PEER_RUNS:-3}"
data="$(cd "${DATA:-$root/data}" && pwd)"
dir="${BENCH_DIR:-${TMPDIR:-/tmp}/outcomes-bench}"
peer="$root/bench/peer_report.py"   # copied from the shared seed folder (bench/SOURCES.md)
# shellcheck source=bench/measure.sh
source "$root/bench/measure.sh"
/usr/bin/python3 -c 'import pandas, openpyxl, matplotlib' 2>/dev/null || {
  echo "bench: the peer needs apt-get install python3-pandas python3-openpyxl python3-matplotlib" >&2
  exit 69
}

mkdir -p "$dir"
cd "$root"   # report reads indicators/ from here
"$root/outcomes" --version >/dev/null   # builds the jar first if it is missing or stale

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
echo "outcomes report --quiet ($runs runs)" >&2
read -r tool_wall tool_rss tool_cpu < <(best_of "$runs" \
  "$root/outcomes" report --quiet --data "$data" --out "$dir/report-outcomes")
echo "peer_report.py ($peer_runs runs)" >&2
read -r peer_wall peer_rss peer_cpu < <(best_of "$peer_runs" \
  /usr/bin/python3 "$peer" "$data" "$dir/report-peer")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

for who in outcomes peer; do
  out="$dir/report-$who"
  echo "$who wrote $(find "$out" -type f | wc -l) files, $(du -sk "$out" | cut -f1) KB"
done
awk -v tw="$tool_wall" -v tr="$tool_rss" -v tc="$tool_cpu" \
    -v pw="$peer_wall" -v pr="$peer_rss" -v pc="$peer_cpu" 'BEGIN {
  printf "outcomes: %6.2f s wall, %6.2f s CPU, %7.1f MB peak RSS (least times; largest RSS)\n", tw, tc, tr / 1024
  printf "peer:     %6.2f s wall, %6.2f s CPU, %7.1f MB peak RSS\n", pw, pc, pr / 1024
  printf "peer / outcomes: %.2fx wall (target above 1), %.2fx CPU\n", pw / tw, pc / tc
}'
