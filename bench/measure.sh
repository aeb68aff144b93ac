# Sourced by the benchmarks (run.sh, report.sh): runs a command under /usr/bin/time -v, writing its
# standard output to "$dir/stdout.txt" and the timings to "$dir/time.log"; the caller sets $dir.
# shellcheck shell=bash
: "${dir:?set by the benchmark that sources this file}"

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 69; }

# Runs a command once; prints "WALL_SECONDS PEAK_RSS_KB CPU_SECONDS".
measure() {
  local log="$dir/time.log"
  /usr/bin/time -v "$@" >"$dir/stdout.txt" 2>"$log" || { cat "$log" >&2; exit 70; }
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" \
    | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log")
  echo "$wall $rss $cpu"
}

# Runs a command N times; prints "BEST_WALL LARGEST_RSS_KB LEAST_CPU": the least wall time, the
# largest peak RSS seen in any run, the least CPU time (user + system). Each run is shown: on a
# machine shared with other work the CPU time varies far less than the wall time does.
best_of() {
  local n="$1"; shift
  local best="" cpu_min="" rss_max=0 wall rss cpu
  for _ in $(seq "$n"); do
    read -r wall rss cpu < <(measure "$@")
    echo "  run: ${wall}s wall, ${cpu}s CPU, ${rss} KB peak RSS" >&2
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN {exit !(a < b)}'; then best="$wall"; fi
    if [ -z "$cpu_min" ] || awk -v a="$cpu" -v b="$cpu_min" 'BEGIN {exit !(a < b)}'; then cpu_min="$cpu"; fi
    [ "$rss" -gt "$rss_max" ] && rss_max="$rss"
  done
  echo "$best $rss_max $cpu_min"
}
