#!/usr/bin/env bash
# Slow-body benchmark (issue 11): p99 of GET /api/competitions with no slow clients (the reference) and with
# SLOW_CLIENTS (default 300) connections trickling a 200-byte body at one byte a second, in one run.
# Usage: bench/server/slow-clients.sh   (PORT, SLOW_CLIENTS, DURATION may be set in the environment)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${PORT:-7172}"
SLOW="${SLOW_CLIENTS:-300}"
SECONDS_EACH="${DURATION:-20}"
HOME_DIR="$(mktemp -d /tmp/pseudolab-slow.XXXXXX)"
CP_FILE="$HOME_DIR/classpath.txt"

cd "$ROOT"
# compile and the classpath in one reactor run: the scoring module resolves to scoring/target/classes (no install)
./mvnw -B -o -q -pl server -am compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" \
  -Dmdep.includeScope=runtime >/dev/null
CP="$ROOT/server/target/classes:$(cat "$CP_FILE"):$(find ~/.m2/repository/ch/qos/logback -name 'logback-c*-1.6.6.jar' | tr '\n' ':')"

java -Xmx512m -Dlogback.configurationFile="$ROOT/app/src/main/resources/logback.xml" -cp "$CP" \
  pseudolab.server.cli.ServeCommand --port "$PORT" --home "$HOME_DIR/home" --admin-token bench-admin-token \
  >"$HOME_DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -rf "$HOME_DIR"' EXIT
for _ in $(seq 150); do grep -q "serving on" "$HOME_DIR/server.log" && break; sleep 0.2; done

echo "== GET /api/competitions for ${SECONDS_EACH} s each: without, then with ${SLOW} slow clients (from 127.0.0.2)"
java "$ROOT/bench/server/SlowClients.java" "$PORT" "$SLOW" "$SECONDS_EACH"
