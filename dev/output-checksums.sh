#!/usr/bin/env bash
# Prints a checksum of every file the main commands write on the bundled data and the test
# fixtures, so a refactoring can show its outputs are byte-identical:
#   dev/output-checksums.sh > /tmp/before.txt   (on the old commit, after mvn package)
#   dev/output-checksums.sh > /tmp/after.txt    (on the new one)
#   diff /tmp/before.txt /tmp/after.txt
# Usage: dev/output-checksums.sh [JAR]   (default target/outcomes.jar)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${1:-$root/target/outcomes.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
asof=2026-06-01
fixture=src/test/resources/fingertips/fingertips_std_93356_campylobacter_countyua_2015-2017.csv

run() { # name, then the command's arguments; records the exit code and both streams
  local name="$1"; shift
  java -Djava.awt.headless=true -jar "$jar" "$@" >"$work/$name.stdout" 2>"$work/$name.stderr"
  echo "$?" >"$work/$name.exit"
  sed -i "s|$work|WORK|g" "$work/$name.stdout" "$work/$name.stderr" # the folder differs run to run
}

run report report --out "$work/report" --as-of "$asof" --quiet
run paper paper --out "$work/paper" --as-of "$asof" --quiet
run validate validate
run validate-json validate --format json
run freshness freshness --as-of "$asof" --format json
run freshness-junit freshness --as-of "$asof" --format junit
run inspect inspect "$fixture"
run inspect-json inspect --format json "$fixture"
run inspect-latest inspect --latest --format csv "$fixture"
run compare compare --in "$fixture" --polarity low-is-good --out -
run gap-text gap --indicator life-expectancy --within Westminster --sex male
run gap-json gap --indicator life-expectancy --area E05000648 --vs E05000637 --sex male --period all --format json
run gap-csv gap --indicator child-poverty --within E09000020 --format csv
run illustrate illustrate --out "$work/illustrate"
run calc-le calc life-expectancy --in src/test/resources/calc/life-expectancy-input.csv --out - \
  --group area --group sex --age-band age_band --deaths deaths --population population
run calc-prop calc proportion --in src/test/resources/calc/proportion-input.csv --out - \
  --count smokers --denominator adults --multiplier 100

if [ -n "${KEEP:-}" ]; then rm -rf "$KEEP"; cp -r "$work" "$KEEP"; fi
(cd "$work" && find . -type f ! -name '*.log' | LC_ALL=C sort | xargs sha256sum)
