#!/usr/bin/env bash
# Record linkage benchmark (issue 3): MedTwin's linker and Duke 1.2 side by side on FEBRL, then
# MedTwin on about a million generated records and Duke on a sample of them.
# Usage: bench/run-linkage.sh [febrl|scale|all]   (default all)
# Environment: FEBRL_DIR (default ../shared/data/febrl), PERSONS (600000, ~1.02M records),
# SEED (20261125), DUKE_SAMPLE (50000 records), NETWORK (out/linkage-<PERSONS>-<SEED>),
# JAVA_OPTS (added to -Xmx8g).
set -euo pipefail
cd "$(dirname "$0")/.."

PART="${1:-all}"
FEBRL_DIR="${FEBRL_DIR:-../shared/data/febrl}"
PERSONS="${PERSONS:-600000}"
SEED="${SEED:-20261125}"
DUKE_SAMPLE="${DUKE_SAMPLE:-50000}"
NETWORK="${NETWORK:-out/linkage-${PERSONS}-${SEED}}"
BENCH_JAR=bench/target/medtwin-bench.jar
GENERATOR_JAR=cli/target/medtwin-generator.jar

stale() {
  [[ ! -f "$1" ]] || [[ -n "$(find "${@:2}" -newer "$1" -name '*.java' -o -newer "$1" -name pom.xml | head -1)" ]]
}

if stale "$BENCH_JAR" bench fusion/src core/src pom.xml; then
  ./mvnw -q -B -pl bench -am install -DskipTests
fi

java_run() {
  java -Xmx8g ${JAVA_OPTS:-} -cp "$BENCH_JAR" org.medtwin.bench.link.LinkageBenchmark "$@"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "$PART" == febrl || "$PART" == all ]]; then
  echo "## FEBRL: MedTwin and Duke 1.2 side by side ($FEBRL_DIR)"
  java_run febrl "$FEBRL_DIR"
fi
if [[ "$PART" == scale || "$PART" == all ]]; then
  if [[ ! -f "$NETWORK/truth/records.csv" ]]; then
    if stale "$GENERATOR_JAR" generator/src cli/src; then
      ./mvnw -q -B -pl cli -am install -DskipTests
    fi
    java -jar "$GENERATOR_JAR" --demographics-only --patients "$PERSONS" --seed "$SEED" \
      --out "$NETWORK" > /dev/null
  fi
  echo "## Scale: $NETWORK, Duke on a sample of $DUKE_SAMPLE records"
  java_run scale "$NETWORK" --duke-sample "$DUKE_SAMPLE"
fi
