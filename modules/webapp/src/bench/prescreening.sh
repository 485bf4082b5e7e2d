#!/usr/bin/env bash
# Benchmark of the set-wise pre-screening on PostgreSQL with a province-sized data set (seed-province.sql): 12
# districts, 2,400 communes and schools, 300,000 people with four years of ratings, ~1 million decided commendations,
# discipline and 30,000 initiatives. Starts the built WAR on a fresh database and times the background pre-screening
# through the API (PreScreeningBench.java: POST /api/v1/prescreenings, polled until done) for the whole province
# twice (cold, warm) and for one district; then adds 2025's provincial awards (seed-awards.sql) and times the
# statistical reports and the national export. run.sh measures everything of issue 16 side by side.
# Run from the project root after `mvn -B package -DskipTests`; needs PostgreSQL on 127.0.0.1:5432 (trust) and
# port 8080 free. PEOPLE=30000 for a quicker run; REUSE=1 times again on the database of the previous run. The
# figures are for notes, never for test assertions.
set -euo pipefail
DB=${DB:-thidua_bench}
PEOPLE=${PEOPLE:-300000}
WEBAPP=modules/webapp/target
BENCH=modules/webapp/src/bench
if [ -z "${REUSE:-}" ]; then
    psql -q -h 127.0.0.1 -U postgres -d test -c "drop database if exists $DB with (force)" -c "create database $DB"
fi
ROOT=$(mktemp -d)
THIDUA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB THIDUA_DB_USER=postgres THIDUA_ADMIN_PASSWORD=Bench-Admin-1 \
    THIDUA_DATA_DIR="$ROOT" java -jar $WEBAPP/payara-micro.jar --deploy $WEBAPP/thidua.war --port 8080 --nocluster \
    --postbootcommandfile config/payara/single-instance.asadmin --rootdir "$ROOT" > "$ROOT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
until curl -sf localhost:8080/health > /dev/null; do sleep 1; done
# The first-start password must be changed before the API takes it (a person does it on the screen); the
# benchmark's configured password stands for that change.
until psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "update org_account set must_change_password = false where username = 'admin'" 2> /dev/null | grep -q 'UPDATE 1'; do sleep 1; done
start=$(date +%s)
[ -n "${REUSE:-}" ] || psql -q -h 127.0.0.1 -U postgres -d "$DB" -v people="$PEOPLE" -f $BENCH/seed-province.sql
echo "seeded in $(( $(date +%s) - start )) s:"
psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select 'units ' || count(*) from org_unit" \
    -c "select 'people ' || count(*) from org_person" -c "select 'ratings ' || count(*) from org_person_rating" \
    -c "select 'commendations ' || count(*) from cmd_commendation" -c "select 'initiatives ' || count(*) from cmp_initiative"
java $BENCH/PreScreeningBench.java http://localhost:8080/ admin Bench-Admin-1 2024 SON_LA SON_LA BD3
[ -n "${REUSE:-}" ] || psql -q -h 127.0.0.1 -U postgres -d "$DB" -f $BENCH/seed-awards.sql
time_call() { # label, path, [accept]: three calls, the times of each
    local times=""
    for _ in 1 2 3; do
        times="$times $(curl -s -o /tmp/bench-body -w '%{time_total}' -u admin:Bench-Admin-1 \
            -H "Accept: ${3:-application/json}" "http://localhost:8080/$2")"
    done
    printf '%-48s %s s (%s bytes)\n' "$1" "$times" "$(wc -c < /tmp/bench-body)"
}
time_call "report 0603, whole province, 2025" "api/v1/reports/0603?year=2025"
time_call "report 0603, one district, 2025" "api/v1/reports/0603?year=2025&unitCode=BD3"
time_call "report 0602, whole province, 2025" "api/v1/reports/0602?year=2025"
time_call "report 0603 as .xlsx" "api/v1/reports/0603?year=2025" \
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
cp /tmp/bench-body /tmp/bench-0603.xlsx   # kept for a look at the official layout with a province's figures
time_call "national export since 2025-01-01" "api/v1/exports/national?since=2025-01-01"
grep -c "SEVERE" "$ROOT/server.log" | sed 's/^/SEVERE entries in the server log: /' || true
