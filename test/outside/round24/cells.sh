#!/bin/bash
# Cell-by-cell check of round 24 (the tester's cells.py, unchanged, pointed at this folder):
#   bash test/outside/round24/cells.sh [out-dir]   (from the project root; ~2-4 min)
# Writes out-dir/check_all.json (`check --json` of every report) and prints right / wrong / not read.
set -e
D=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-/tmp/round24-cells}
mkdir -p "$OUT"
nice -n 10 node bin/nianbao.mjs check --json "$D"/reports/* > "$OUT/check_all.json"
sed -e "s#/work/outsider24/gen/truth.json#$D/truth.json#" -e "s#/work/outsider24/check_all.json#$OUT/check_all.json#" \
  "$D/cells.py" > "$OUT/cells.py"
python3 "$OUT/cells.py" | tee "$OUT/cells.txt"
