#!/usr/bin/env bash
# Server benchmarks (issue 3). Run from anywhere; takes ~2 minutes; holds the shared build lock throughout.
#  1. leaderboard JSON reads: 100 participants x 20 submissions seeded through the API, then wrk
#     (target: >= 2000 req/s, p99 < 20 ms on loopback)
#  2. 10,000-row submissions scored from 8 concurrent clients for 30 s (target: >= 100 scored/s)
# Usage: bench/server/run.sh [--no-build]   (PORT, SUBMIT_SECONDS, WRK_CONNECTIONS may be set in the environment)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${PORT:-7171}"
SUBMIT_SECONDS="${SUBMIT_SECONDS:-30}"
CONNECTIONS="${WRK_CONNECTIONS:-16}"
ADMIN="bench-admin-token"
HOME_DIR="$(mktemp -d /tmp/pseudolab-bench.XXXXXX)"
CP_FILE="$HOME_DIR/classpath.txt"
LOCK=/tmp/pseudolab-build.lock

exec 9>"$LOCK"
flock 9
cd "$ROOT"
# -am builds scoring from this checkout too (nothing is installed into ~/.m2, so a fresh clone works); the server's
# classpath then names scoring/target/classes. (--no-build is accepted for old scripts: compiling is quick when
# nothing changed, and the reactor needs it to resolve scoring.)
./mvnw -B -q -pl server -am compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
CP="$ROOT/server/target/classes:$(cat "$CP_FILE"):$(find ~/.m2/repository/ch/qos/logback -name 'logback-c*-1.6.6.jar' | tr '\n' ':')"

java -Xmx1g -Dlogback.configurationFile="$ROOT/app/src/main/resources/logback.xml" -cp "$CP" \
  pseudolab.server.cli.ServeCommand --port "$PORT" --home "$HOME_DIR/home" --admin-token "$ADMIN" \
  --max-upload-mb 10 --registrations-per-hour 100000 >"$HOME_DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$HOME_DIR"' EXIT
for _ in $(seq 100); do grep -q "serving on" "$HOME_DIR/server.log" && break; sleep 0.2; done
ORIGIN="http://127.0.0.1:$PORT"

echo "== seeding 100 participants x 20 submissions (1,000-row solution)"
java "$ROOT/bench/server/LoadGen.java" seed "$ORIGIN" "$ADMIN" bench-lb 100 20 1000
URL="$ORIGIN/api/competitions/bench-lb/leaderboard?board=public"
echo "   rows on the board: $(curl -s "$URL" | grep -o '"rank"' | wc -l)"

echo "== leaderboard JSON reads: wrk -t2 -c$CONNECTIONS -d15s (after a 3 s warm-up)"
wrk -t2 -c"$CONNECTIONS" -d3s "$URL" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d15s --latency "$URL" | grep -E 'Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx'

echo "== 10,000-row submissions from 8 concurrent clients for ${SUBMIT_SECONDS} s"
java "$ROOT/bench/server/LoadGen.java" submit "$ORIGIN" "$ADMIN" bench-sub 8 "$SUBMIT_SECONDS" 10000
