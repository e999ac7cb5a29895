#!/usr/bin/env bash
# Data quality benchmark (issue 4): all checks of `medtwin quality` on a fused 1,000-patient network.
# Usage: bench/run-quality.sh   Environment: PATIENTS (1000), SEED (1), NETWORK (out/quality-n<PATIENTS>),
# STORE (<NETWORK>.duckdb), RUNS (3, in one JVM after the CLI run).
set -euo pipefail
cd "$(dirname "$0")/.."

PATIENTS="${PATIENTS:-1000}"
SEED="${SEED:-1}"
NETWORK="${NETWORK:-out/quality-n${PATIENTS}}"
STORE="${STORE:-${NETWORK}.duckdb}"
RUNS="${RUNS:-3}"

./mvnw -q -B -DskipTests package -pl cli,bench -am
if [ ! -f "$NETWORK/truth/records.csv" ]; then
  ./medtwin generate --patients "$PATIENTS" --seed "$SEED" --out "$NETWORK"
fi
if [ ! -f "$STORE" ]; then
  ./medtwin fuse "$NETWORK" --store "$STORE"
fi
/usr/bin/time -f "medtwin quality: %e s wall, %M KB max RSS" \
  ./medtwin quality --store "$STORE" --html "${NETWORK}-quality.html" --json "${NETWORK}-quality.json" > "${NETWORK}-quality.txt"
head -8 "${NETWORK}-quality.txt"
java -Xmx1g -cp bench/target/medtwin-bench.jar org.medtwin.bench.quality.QualityBenchmark "$STORE" "$RUNS"
