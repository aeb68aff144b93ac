#!/usr/bin/env bash
# Copies the README's chart pictures into docs/images from a fresh `outcomes report`: the pairs of
# picture and chart are in docs/images/charts.txt. With --check it changes nothing and exits 1 if a
# picture is not the current chart (ReadmeExamplesTest checks the same in mvn verify).
#   dev/readme-images.sh            # after a change to the charts, then commit docs/images
#   dev/readme-images.sh --check
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
check=""
case "${1:-}" in
  "") ;;
  --check) check=yes ;;
  *) echo "usage: dev/readme-images.sh [--check]" >&2; exit 2 ;;
esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./outcomes report --out "$work" --as-of 2026-06-01 --quiet # charts are the same on any day

differ=0
pictures=0
while read -r picture chart; do
  case "$picture" in "" | "#"*) continue ;; esac
  pictures=$((pictures + 1))
  if [ ! -f "$work/charts/$chart" ]; then
    echo "readme-images: the report draws no chart $chart: correct docs/images/charts.txt" >&2
    exit 1
  fi
  if cmp -s "$work/charts/$chart" "docs/images/$picture"; then
    continue
  elif [ -n "$check" ]; then
    echo "docs/images/$picture is not the current $chart"
    differ=$((differ + 1))
  else
    cp "$work/charts/$chart" "docs/images/$picture"
    echo "updated docs/images/$picture from $chart"
  fi
done <docs/images/charts.txt

if [ -n "$check" ] && [ "$differ" -gt 0 ]; then
  echo "$differ of $pictures pictures are out of date: run dev/readme-images.sh" >&2
  exit 1
fi
echo "docs/images: $pictures pictures are the current charts"
