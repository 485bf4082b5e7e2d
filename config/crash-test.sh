#!/usr/bin/env bash
# The crash test of issue 15, repeated: the built WAR on Payara Micro on the embedded database (or on PostgreSQL
# when THIDUA_DB_URL names one), 16 clients writing through the API, kill -9 mid-write, start again; every
# acknowledged write must be there exactly once and the audit chain must verify. Prints one line per run.
#
#   config/crash-test.sh [RUNS]      (default 20; CI runs it twice in the ordinary test command)
set -euo pipefail
runs=${1:-20}
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
mvn -B verify -pl modules/webapp -Dit.test='DurabilityIT#everyAcknowledgedWriteSurvivesAKillMinusNine' \
    -Dthidua.crash.runs="$runs" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false -Dit.ldap.port=10391 -Dit.smtp.port=10027 \
  | sed 's/^INFO: //' | grep -E '^crash run|Tests run:|BUILD|FAIL' | awk '!seen[$0]++'
