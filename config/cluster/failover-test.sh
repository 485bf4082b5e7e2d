#!/usr/bin/env bash
# The failover test (issue 17), on loopback only and bounded in time: a fresh PostgreSQL database, two nodes and
# HAProxy (start.sh), then Failover.java: headless Chromium signs in through HAProxy and fills half a form, 20 API
# clients write people and commendations for 30 s, the node serving the browser is killed with kill -9 in the middle;
# the browser finishes its form still signed in, every acknowledged write is there exactly once, the audit chain
# verifies. Prints the figures. Run from the project root after `mvn -B install -DskipTests`; needs PostgreSQL on
# 127.0.0.1:5432 (trust), ports 8080-8082 free, Debian's chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${DB:-thidua_cluster}
DIR=$(mktemp -d)
psql -q -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -c "drop database if exists $DB with (force)" \
    -c "create database $DB"
trap 'config/cluster/stop.sh "$DIR"' EXIT
export THIDUA_ADMIN_PASSWORD=Cluster-First-1
export THIDUA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB
timeout 300 config/cluster/start.sh "$DIR"
# Selenium comes from the webapp's test class path (the browser tests' own).
mvn -B -q -pl modules/webapp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$DIR/classpath.txt" > /dev/null
SHOTS=${SCREENSHOTS:-modules/webapp/target/screenshots}
timeout 300 java -cp "$(cat "$DIR/classpath.txt")" config/cluster/Failover.java http://127.0.0.1:8080/ "$DIR" admin \
    Cluster-First-1 Cluster-Admin-2 http://127.0.0.1:8081/ http://127.0.0.1:8082/ "$SHOTS" \
    || { tail -30 "$DIR"/node*/server.log; exit 1; }
if grep -l SEVERE "$DIR"/node*/server.log; then
    grep -h -A8 SEVERE "$DIR"/node*/server.log | head -40
    echo "a node logged SEVERE during the failover test" >&2
    exit 1
fi
echo "failover test passed"
