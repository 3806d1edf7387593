#!/usr/bin/env bash
# JMH: the paired bootstrap the server runs on a board change (1,000 resamples x 20 submissions x 7,000 rows, gain
# intervals and rank ranges), beside scoring the same 20 submissions once, and a NumPy version of the same bootstrap
# for accuracy and AUC (bootstrap_numpy.py) as independent references.
# Usage: bench/scoring/bootstrap.sh [JMH options, e.g. -p metric=accuracy,macro_f1,auc]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CP_FILE=scoring/target/jmh-classpath.txt
flock /tmp/pseudolab-build.lock ./mvnw -B -q -pl scoring test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test
flock /tmp/pseudolab-build.lock java -cp "scoring/target/test-classes:scoring/target/classes:$(cat "$CP_FILE")" \
  org.openjdk.jmh.Main 'pseudolab.scoring.bench.BootstrapBenchmark' "$@"
echo
echo "NumPy references (same sizes):"
flock /tmp/pseudolab-build.lock /usr/bin/python3 bench/scoring/bootstrap_numpy.py accuracy
flock /tmp/pseudolab-build.lock /usr/bin/python3 bench/scoring/bootstrap_numpy.py auc
