#!/usr/bin/env bash
# Starts the whole suite on this machine: PostgreSQL, Kafka, Redis, Zipkin, five services and the gateway. Ctrl-C stops it.
# SUITE_PORT (default 8080) is the gateway's port; the services take the next five, each management port is 1,000 above.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/find-jdk.sh

./mvnw -B -q install -DskipTests
exec ./mvnw -B -q -pl deploy/local exec:java \
  -Dexec.mainClass=io.commerce.localstack.suite.LocalSuite \
  -Dexec.cleanupDaemonThreads=false \
  -Dsuite.root="$PWD" \
  -Dlogback.configurationFile="$PWD/deploy/local/suite-logback.xml"
