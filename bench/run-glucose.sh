#!/usr/bin/env bash
# Glucose twin benchmark (issue 7): patient-days per second over the 30 virtual patients, three
# covered meals a day; with REFERENCE=FILE.csv (patient,minute,bg_mg_dl every 5 min from
# simglucose, see docs/benchmarks.md) also the RMSE against the reference simulator.
# Usage: bench/run-glucose.sh [DAYS] [THREADS]   (default 1000 2)
set -euo pipefail
cd "$(dirname "$0")/.."
DAYS="${1:-1000}"
THREADS="${2:-2}"
BENCH_JAR=bench/target/medtwin-bench.jar
if [[ ! -f "$BENCH_JAR" ]] || [[ -n "$(find bench twin/src core/src pom.xml -newer "$BENCH_JAR" \( -name '*.java' -o -name pom.xml -o -name '*.csv' \) | head -1)" ]]; then
  ./mvnw -q -B -pl bench -am install -DskipTests
fi
ARGS=(--days "$DAYS" --threads "$THREADS")
if [[ -n "${REFERENCE:-}" ]]; then
  ARGS+=(--reference "$REFERENCE")
fi
java -Xmx1g ${JAVA_OPTS:-} -cp "$BENCH_JAR" org.medtwin.bench.glucose.GlucoseTwinBenchmark "${ARGS[@]}"
