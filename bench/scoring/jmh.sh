#!/usr/bin/env bash
# JMH benchmarks of in-process scoring (1,000,000 rows: accuracy and 10-class log loss).
# Usage: bench/scoring/jmh.sh [JMH options, e.g. -p rows=200000 -wi 2 -i 3]
# Compiles the scoring tests (which hold the benchmark) under the shared build lock, then runs JMH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CP_FILE=scoring/target/jmh-classpath.txt
flock /tmp/pseudolab-build.lock ./mvnw -B -q -pl scoring test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test
exec flock /tmp/pseudolab-build.lock java -cp "scoring/target/test-classes:scoring/target/classes:$(cat "$CP_FILE")" \
  org.openjdk.jmh.Main 'pseudolab.scoring.bench.ScoringBenchmark' "$@"
