#!/usr/bin/env bash
# Whole-process time of `java -jar app/target/pseudolab.jar score` against /usr/bin/python3 with pandas
# read_csv + scikit-learn on the same files, side by side in one hyperfine run per metric, plus the ratio.
#
# Usage: bench/scoring/score-vs-pandas.sh [ROWS] [DATA_DIR]
#   ROWS      rows per file (default 1000000)
#   DATA_DIR  where the generated files go (default /tmp/pseudolab-bench-ROWS; reused when present)
#   env RUNS  timed runs per command (default 5); env STYLE=repr|fixed6 for the probability format
#             (repr: pandas' default to_csv, up to 17 digits; fixed6: 6 decimals)
# Needs the built jar (./pseudolab --help builds it), hyperfine, /usr/bin/python3 with pandas and sklearn.
# Timed runs hold /tmp/pseudolab-build.lock so that builds of other modules do not disturb them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROWS="${1:-1000000}"
STYLE="${STYLE:-repr}"
DATA="${2:-/tmp/pseudolab-bench-$ROWS-$STYLE}"
RUNS="${RUNS:-5}"
JAR="$ROOT/app/target/pseudolab.jar"
PY=/usr/bin/python3

[[ -f "$JAR" ]] || { echo "missing $JAR: build it first with ./pseudolab --help" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine is not installed" >&2; exit 1; }
if [[ ! -f "$DATA/logloss_submission.csv" ]]; then
  echo "generating $ROWS rows into $DATA ($STYLE)..." >&2
  "$PY" "$ROOT/bench/scoring/generate.py" "$ROWS" "$DATA" "$STYLE" >&2
fi

for metric in accuracy logloss; do
  sol="$DATA/${metric}_solution.csv"
  sub="$DATA/${metric}_submission.csv"
  java_cmd="java -jar $JAR score --solution $sol --submission $sub --metric $metric --json"
  py_cmd="$PY $ROOT/bench/scoring/pandas_score.py $metric $sol $sub"
  # Both must print the same scores before their times mean anything.
  "$PY" - "$($java_cmd)" "$($py_cmd)" <<'PYEOF'
import json, sys
j, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
for k in ("public", "private"):
    assert abs(j[k] - p[k]) <= 1e-9 * abs(p[k]), (k, j[k], p[k])
print("%s: java and pandas agree: public %.12g, private %.12g" % (j["metric"], j["public"], j["private"]))
PYEOF
  flock /tmp/pseudolab-build.lock hyperfine -N --style basic -w 1 -r "$RUNS" --export-json "$DATA/$metric-times.json" \
    -n "java score $metric" "$java_cmd" -n "pandas+sklearn $metric" "$py_cmd" >&2
  "$PY" - "$DATA/$metric-times.json" "$metric" "$ROWS" <<'PYEOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
j, p = r[0], r[1]
print("%s, %s rows: java %.2f s (median %.2f), pandas+sklearn %.2f s (median %.2f), java/pandas = %.2f"
      % (sys.argv[2], sys.argv[3], j["mean"], j["median"], p["mean"], p["median"], j["mean"] / p["mean"]))
PYEOF
done
