#!/usr/bin/env bash
# Starts a thidua cluster on this machine, on loopback addresses, for trying it and for the failover test: NODES
# Payara Micro nodes in one data grid (cluster name "thidua", members listed by address, no multicast) on one
# PostgreSQL database, with HAProxy in front (config/cluster/haproxy.cfg). config/cluster/README.md tells how to run
# the same on two servers.
#   config/cluster/start.sh DIR        (DIR receives each node's root, logs and pid files; stop.sh DIR stops them)
# Environment: THIDUA_DB_URL (default jdbc:postgresql://127.0.0.1:5432/thidua_cluster), THIDUA_DB_USER (postgres),
# THIDUA_DB_PASSWORD, THIDUA_ADMIN_PASSWORD (required), LISTEN (127.0.0.1:8080), WAR and MICRO (the built ones).
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=${1:?usage: config/cluster/start.sh DIR}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
WAR=${WAR:-modules/webapp/target/thidua.war}
MICRO=${MICRO:-modules/webapp/target/payara-micro.jar}
LISTEN=${LISTEN:-127.0.0.1:8080}
export THIDUA_DB_URL=${THIDUA_DB_URL:-jdbc:postgresql://127.0.0.1:5432/thidua_cluster}
export THIDUA_DB_USER=${THIDUA_DB_USER:-postgres}
export THIDUA_ADMIN_PASSWORD=${THIDUA_ADMIN_PASSWORD:?set the first administrator password}
# HAProxy runs here and reaches the nodes from 127.0.0.1: its X-Forwarded-For names the client (throttle, audit).
export THIDUA_PROXY_TRUSTED=${THIDUA_PROXY_TRUSTED:-127.0.0.1}
command -v haproxy > /dev/null || apt-get install -y -q haproxy > /dev/null || { apt-get update -qq && apt-get install -y -q haproxy > /dev/null; }
MEMBERS=127.0.0.1:6901,127.0.0.1:6902
for n in 1 2; do
    mkdir -p "$DIR/node$n"
    # Each node: its HTTP port 808n, its data-grid port 690n on 127.0.0.1, the other members by address.
    THIDUA_DATA_DIR="$DIR/node$n/data" MALLOC_ARENA_MAX=2 setsid java @config/jvm.options -jar "$MICRO" \
        --deploy "$WAR" --port 808$n --name node$n --clustername thidua --clustermode "tcpip:$MEMBERS" \
        --interfaces 127.0.0.1 --startport 690$n --nohostaware --rootdir "$DIR/node$n/payara" \
        > "$DIR/node$n/server.log" 2>&1 &
    echo $! > "$DIR/node$n.pid"
done
for n in 1 2; do
    for _ in $(seq 1 180); do
        curl -sf -o /dev/null "http://127.0.0.1:808$n/health" && break
        kill -0 "$(cat "$DIR/node$n.pid")" 2> /dev/null || { tail -40 "$DIR/node$n/server.log"; exit 1; }
        sleep 1
    done
    curl -sf -o /dev/null "http://127.0.0.1:808$n/health" || { echo "node$n did not start" >&2; exit 1; }
done
NODE1=127.0.0.1:8081 NODE2=127.0.0.1:8082 LISTEN=$LISTEN haproxy -D -f config/cluster/haproxy.cfg -p "$DIR/haproxy.pid"
grep -h "Data Grid Status" -A6 "$DIR"/node*/server.log | grep -E "DG Size|Address" | tail -3 || true
echo "cluster up: http://$LISTEN/ (node1 :8081, node2 :8082), logs in $DIR"
