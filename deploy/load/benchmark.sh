#!/usr/bin/env bash
# The load benchmark: builds the applications' jars, starts the whole suite (embedded PostgreSQL, in-process Kafka,
# five services and the gateway, each its own JVM) on free ports, seeds it, runs every Gatling simulation at full
# size, checks correctness after each, prints the table and writes deploy/load/target/load/summary.json and the
# Gatling HTML reports (deploy/load/target/gatling). Takes about 6 minutes on 2 cores after the build. Exit code 1
# if any correctness check failed (a missed performance target is reported, not failed). Options: deploy/load/README.md.
#
#   ./deploy/load/benchmark.sh                                  # the benchmark
#   SKIP_BUILD=1 ./deploy/load/benchmark.sh                     # jars are already built
#   ./deploy/load/benchmark.sh -Dload.jfr=true                  # plus a JFR recording per application (target/load/jfr)
#   ./deploy/load/benchmark.sh -Dload.java-options.gateway=-XX:TieredStopAtLevel=4 -Dload.partitions=6
#   ./deploy/load/benchmark.sh -Dload.profile=smoke             # the CI sizes, in about two minutes
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/find-jdk.sh

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q install -DskipTests
fi
exec ./mvnw -B -q -f deploy/load/pom.xml verify -Pbenchmark -DskipTests "$@"
