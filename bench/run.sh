#!/usr/bin/env bash
# Benchmark: `outcomes inspect --latest --format csv` against the pandas peer on the same generated
# Fingertips-style extract (2,000,000 rows, about 414 MB). Not part of `mvn verify`.
#
#   bench/run.sh                     # 3 runs of outcomes, 1 of the peer, least wall and CPU time of each
#   RUNS=5 PEER_RUNS=2 bench/run.sh
#   ROWS=200000 bench/run.sh         # a smaller extract
#
# It generates the extract once (into $BENCH_DIR, by default a folder under $TMPDIR or /tmp), builds
# the tool through ./outcomes when the jar is missing or stale, runs both tools under
# /usr/bin/time -v, checks that they agree (rows, rows with a value, series, sum of latest values),
# checks that the tool also runs within -Xmx256m and writes the same bytes, and prints wall and CPU
# times, peak RSS and the ratios. Needs Java 17+, Maven, python3 and Debian's python3-pandas.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${ROWS:-2000000}"
seed="${SEED:-7}"
runs="${RUNS:-3}"
peer_runs="${PEER_RUNS:-1}"
dir="${BENCH_DIR:-${TMPDIR:-/tmp}/outcomes-bench}"
# both beside this script, copied from the project's shared seed folder (bench/SOURCES.md)
gen="$root/bench/gen_extract.py"
peer="$root/bench/peer_pandas.py"
# shellcheck source=bench/measure.sh
source "$root/bench/measure.sh"
/usr/bin/python3 -c 'import pandas' 2>/dev/null \
  || { echo "bench: the peer needs pandas (apt-get install python3-pandas)" >&2; exit 69; }

mkdir -p "$dir"
extract="$dir/extract-$rows-$seed.csv"
if [ ! -s "$extract" ]; then
  echo "generating $extract ($rows rows, seed $seed)…" >&2
  python3 "$gen" --rows-target "$rows" --seed "$seed" > "$extract.tmp"
  mv "$extract.tmp" "$extract"
fi
"$root/outcomes" --version >/dev/null   # builds the jar first if it is missing or stale

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
echo "outcomes inspect --latest --format csv ($runs runs)" >&2
read -r tool_wall tool_rss tool_cpu < <(best_of "$runs" \
  "$root/outcomes" inspect --latest --format csv "$extract")
cp "$dir/stdout.txt" "$dir/latest.csv"
echo "peer_pandas.py ($peer_runs runs)" >&2
read -r peer_wall peer_rss peer_cpu < <(best_of "$peer_runs" /usr/bin/python3 "$peer" "$extract")
peer_line=$(cat "$dir/stdout.txt")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# Agreement: the tool's own counts, and the rows it wrote, against the peer's line.
"$root/outcomes" inspect --format json --out "$dir/summary.json" "$extract"
python3 - "$dir/summary.json" "$dir/latest.csv" "$peer_line" <<'PY'
import csv, json, re, sys
summary = json.load(open(sys.argv[1]))
with open(sys.argv[2], newline="", encoding="utf-8") as f:
    written = sum(1 for _ in csv.reader(f)) - 1
peer = dict(re.findall(r"(\w+)=([\d.]+)", sys.argv[3]))
tool = {"rows": summary["rows"], "valued": summary["rowsWithValue"], "series": summary["series"],
        "sum_latest": summary["sumOfLatestValues"]}
print(f"outcomes: rows={tool['rows']} valued={tool['valued']} series={tool['series']} "
      f"sum_latest={tool['sum_latest']:.6f} (latest rows written: {written})")
print(f"peer:     {sys.argv[3]}")
same = (tool["rows"] == int(peer["rows"]) and tool["valued"] == int(peer["valued"])
        and tool["series"] == int(peer["series"]) == written
        and abs(tool["sum_latest"] - float(peer["sum_latest"])) <= 1e-9 * max(1.0, abs(float(peer["sum_latest"]))))
print("agree:    " + ("yes" if same else "NO"))
sys.exit(0 if same else 1)
PY

# Bounded memory: the same output within a 256 MB heap.
JAVA_OPTS="-Xmx256m" "$root/outcomes" inspect --latest --format csv --out "$dir/latest-256m.csv" "$extract"
if cmp -s "$dir/latest.csv" "$dir/latest-256m.csv"; then echo "-Xmx256m: same output"
else echo "-Xmx256m: output differs" >&2; exit 1; fi

awk -v tw="$tool_wall" -v tr="$tool_rss" -v tc="$tool_cpu" \
    -v pw="$peer_wall" -v pr="$peer_rss" -v pc="$peer_cpu" 'BEGIN {
  printf "outcomes: %6.2f s wall, %6.2f s CPU, %7.1f MB peak RSS (least times; largest RSS)\n", tw, tc, tr / 1024
  printf "peer:     %6.2f s wall, %6.2f s CPU, %7.1f MB peak RSS\n", pw, pc, pr / 1024
  printf "speed-up: %.1fx wall, %.1fx CPU (target 20x)   memory: %.1fx less (target 10x)\n", pw / tw, pc / tc, pr / tr
}'
