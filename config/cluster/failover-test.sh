#!/usr/bin/env bash
# The failover test (issue 17), on loopback only and bounded in time: a fresh PostgreSQL database, two nodes and
# HAProxy (start.sh), then Failover.java signs in through HAProxy, writes through the API, kills the node serving the
# session with kill -9 and checks that the other node carries on with the user still signed in. Run from the project
# root after `mvn -B package -DskipTests`; needs PostgreSQL on 127.0.0.1:5432 (trust) and ports 8080-8082 free.
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
timeout 120 java config/cluster/Failover.java http://127.0.0.1:8080/ "$DIR" admin Cluster-First-1 Cluster-Admin-2 \
    http://127.0.0.1:8081/ http://127.0.0.1:8082/ \
    || { tail -30 "$DIR"/node*/server.log; exit 1; }
if grep -l SEVERE "$DIR"/node*/server.log; then
    grep -h -A8 SEVERE "$DIR"/node*/server.log | head -40
    echo "a node logged SEVERE during the failover test" >&2
    exit 1
fi
echo "failover test passed"
