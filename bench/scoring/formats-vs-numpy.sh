#!/usr/bin/env bash
# Whole-process time of `java -jar app/target/pseudolab.jar score` with object_detection_map (Global Wheat
# format) and rle_mask_iou_map (TGS Salt format) against a straightforward NumPy scorer (numpy_score.py)
# on the same files, side by side in one hyperfine run per metric, plus the ratio.
#
# Usage: bench/scoring/formats-vs-numpy.sh [DATA_DIR]
#   DATA_DIR  where the generated files go (default /tmp/pseudolab-bench-formats; reused when present):
#             10,000 images x 50 true boxes x 100 predictions; 18,000 masks of 101x101
#   env RUNS  timed runs per command (default 3; the NumPy box scorer takes about 1.5 minutes a run)
# Needs the built jar (./pseudolab --help builds it), hyperfine, /usr/bin/python3 with numpy.
# Timed runs hold /tmp/pseudolab-build.lock so that builds of other modules do not disturb them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${1:-/tmp/pseudolab-bench-formats}"
RUNS="${RUNS:-3}"
JAR="$ROOT/app/target/pseudolab.jar"
PY=/usr/bin/python3

[[ -f "$JAR" ]] || { echo "missing $JAR: build it first with ./pseudolab --help" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine is not installed" >&2; exit 1; }
if [[ ! -f "$DATA/salt_submission.csv" ]]; then
  echo "generating the box and mask files into $DATA..." >&2
  "$PY" "$ROOT/bench/scoring/generate_formats.py" "$DATA" >&2
fi

run() { # name metric params...
  local name="$1" metric="$2"; shift 2
  local sol="$DATA/${name}_solution.csv" sub="$DATA/${name}_submission.csv"
  local java_params="" py_params=""
  for p in "$@"; do java_params+=" --param $p"; py_params+=" $p"; done
  local java_cmd="java -jar $JAR score --solution $sol --submission $sub --metric $metric$java_params --json"
  local py_cmd="$PY $ROOT/bench/scoring/numpy_score.py $metric $sol $sub$py_params"
  # Both must print the same scores before their times mean anything.
  "$PY" - "$($java_cmd)" "$($py_cmd)" <<'PYEOF'
import json, sys
j, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
for k in ("public", "private"):
    assert abs(j[k] - p[k]) <= 1e-9 * abs(p[k]), (k, j[k], p[k])
print("%s: java and numpy agree: public %.12g, private %.12g" % (j["metric"], j["public"], j["private"]))
PYEOF
  flock /tmp/pseudolab-build.lock hyperfine -N --style basic -r "$RUNS" --export-json "$DATA/$metric-times.json" \
    -n "java score $metric" "$java_cmd" -n "numpy $metric" "$py_cmd" >&2
  "$PY" - "$DATA/$metric-times.json" "$metric" <<'PYEOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
j, p = r[0], r[1]
print("%s: java %.2f s (median %.2f), numpy %.2f s (median %.2f), java/numpy = %.3f"
      % (sys.argv[2], j["mean"], j["median"], p["mean"], p["median"], j["mean"] / p["mean"]))
PYEOF
}

run salt rle_mask_iou_map height=101 width=101
run wheat object_detection_map
