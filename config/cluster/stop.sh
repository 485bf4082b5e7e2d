#!/usr/bin/env bash
# Stops what config/cluster/start.sh DIR started.
DIR=${1:?usage: config/cluster/stop.sh DIR}
for pid in "$DIR"/node*.pid "$DIR"/haproxy.pid; do
    [ -f "$pid" ] && kill "$(cat "$pid")" 2> /dev/null
done
exit 0
