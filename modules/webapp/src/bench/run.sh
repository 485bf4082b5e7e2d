#!/usr/bin/env bash
# The figures of issue 16, measured side by side in one run on one machine: seeds a province (seed-province.sql and
# seed-awards.sql: 12 districts, 2,400 communes and schools, PEOPLE people with four years of ratings and their
# decisions) into a fresh PostgreSQL database, starts the built WAR on it with config/jvm.options as IT runs it, then
#   - API: /health and a person's history over HTTP Basic, the people search (last page), report 0603 (wrk, 32 conn.)
#   - screens: home, person page, people list, history, dashboard under 32 signed-in sessions (Sessions.java)
#   - writes: an HR system pushing people, PUT /api/v1/people/{code}, 8 connections (writes.lua)
#   - pre-screening of the province through the background job, cold and warm (PreScreeningBench.java, with a JFR
#     profile of the warm run), against its hand-written SQL twin for the LĐTT set; 0603 against its SQL twin
#   - the national export; the server's resident memory after each phase
# and prints a table that it also adds to BENCHMARKS.md (newest run first). Run from the project root on a machine
# with PostgreSQL on 127.0.0.1:5432 (trust) and port 8080 free:
#     bash modules/webapp/src/bench/run.sh        (PEOPLE=200000 EACH=15 by default, HEAP=… overrides the heap of
#                                                 config/jvm.options; about 15 minutes)
# The figures are for notes, never for test assertions.
set -euo pipefail
DB=${DB:-thidua_bench}
PEOPLE=${PEOPLE:-200000}
EACH=${EACH:-15}
HEAP=${HEAP:-}
WEBAPP=modules/webapp/target
BENCH=modules/webapp/src/bench
URL=http://localhost:8080
command -v wrk > /dev/null || apt-get install -y -q wrk > /dev/null
[ -f $WEBAPP/thidua.war ] || mvn -B -q package -DskipTests
psql -q -h 127.0.0.1 -U postgres -d test -c "drop database if exists $DB with (force)" -c "create database $DB"
ROOT=$(mktemp -d)
THIDUA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB THIDUA_DB_USER=postgres THIDUA_ADMIN_PASSWORD=Bench-Admin-1 \
    THIDUA_DATA_DIR="$ROOT" MALLOC_ARENA_MAX=2 java @config/jvm.options ${HEAP:+-Xmx$HEAP} -jar $WEBAPP/payara-micro.jar --deploy $WEBAPP/thidua.war --port 8080 \
    --nocluster --postbootcommandfile config/payara/single-instance.asadmin --rootdir "$ROOT" > "$ROOT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2> /dev/null || true' EXIT
until curl -sf $URL/health > /dev/null; do sleep 1; done
# The first-start password must be changed before the API takes it (a person does it on the screen); the
# benchmark's configured password stands for that change.
until psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "update org_account set must_change_password = false where username = 'admin'" 2> /dev/null | grep -q 'UPDATE 1'; do sleep 1; done
until curl -sf -o /dev/null -u admin:Bench-Admin-1 $URL/api/v1/units/SON_LA; do sleep 1; done
start=$(date +%s)
psql -q -h 127.0.0.1 -U postgres -d "$DB" -v people="$PEOPLE" -f $BENCH/seed-province.sql
psql -q -h 127.0.0.1 -U postgres -d "$DB" -f $BENCH/seed-awards.sql
SEEDED=$(psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select (select count(*) from org_person) || ' people, '
    || (select count(*) from org_unit) || ' units, ' || (select count(*) from cmd_commendation) || ' commendations'")
echo "seeded in $(( $(date +%s) - start )) s: $SEEDED"

AUTH="Basic $(printf admin:Bench-Admin-1 | base64)"
ROWS=()
rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' /proc/$(pgrep -f "rootdir $ROOT" | head -1)/status; }
RSS=()
row() { # what, figure, target, met
    ROWS+=("| $1 | $2 | $3 | $4 |")
    printf '%-58s %-36s %s %s\n' "$1" "$2" "$3" "$4"
}
load() { # label, connections, wrk arguments…: sets RPS and P99 (ms); THREADS (default 2) wrk threads
    local label=$1 connections=$2
    shift 2
    local out
    out=$(wrk -t"${THREADS:-2}" -c"$connections" -d"${EACH}s" --latency "$@")
    RPS=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<< "$out")
    P99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) }
                             else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } printf "%.0f", v }' <<< "$out")
    ERRORS=$(grep -E "Non-2xx|Socket errors|non-2xx" <<< "$out" | tr '\n' ' ' || true)
    NOTE=""
    if grep -qE "Non-2xx|Socket errors|non-2xx answers: [1-9]" <<< "$out"; then NOTE=" ($(echo $ERRORS))"; fi
    echo "  $label: $RPS req/s, p99 $P99 ms ${ERRORS}"
}
meets() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 >= b + 0) ? "yes" : "**no**" }'; }
under() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 <= b + 0) ? "yes" : "**no**" }'; }
warm() { wrk -t2 -c8 -d3s "$@" > /dev/null; }

echo "== API"
warm $URL/health
load "/health" 32 $URL/health
HEALTH=$RPS
row "/health (no sign-in)" "$RPS req/s, p99 $P99 ms$NOTE" "reference" ""
warm -H "Authorization: $AUTH" $URL/api/v1/people/BP1000/commendations
load "history over Basic" 32 -H "Authorization: $AUTH" $URL/api/v1/people/BP1000/commendations
row "person history API over Basic (32 conn.)" "$RPS req/s, p99 $P99 ms$NOTE" "≥ 50% of /health, p99 ≤ 100 ms" \
    "$(meets $RPS $(( HEALTH / 2 ))) / $(under $P99 100)"
LAST=$(( PEOPLE / 50 - 1 ))
load "people search, last page" 32 -H "Authorization: $AUTH" "$URL/api/v1/people?q=lo%20van%20bench&size=50&page=$LAST"
row "people search API without diacritics, last page" "$RPS req/s, p99 $P99 ms$NOTE" "≥ 150 req/s, p99 ≤ 300 ms" \
    "$(meets $RPS 150) / $(under $P99 300)"
load "0603" 32 -H "Authorization: $AUTH" "$URL/api/v1/reports/0603?year=2025"
row "report 0603, province, 2025 (API)" "$RPS req/s, p99 $P99 ms$NOTE" "≥ 150 req/s, p99 ≤ 300 ms" \
    "$(meets $RPS 150) / $(under $P99 300)"
RSS+=("after API $(rss) MB")

echo "== screens"
java $BENCH/Sessions.java $URL/ admin Bench-Admin-1 32 > "$ROOT/cookies"
for page in "" "organisation/person.xhtml?code=BP1000" "organisation/people.xhtml?unit=BD3" \
            "commendation/history.xhtml?type=PERSON&code=BP1000" "reporting/dashboard.xhtml"; do
    if curl -s -H "Cookie: $(head -1 "$ROOT/cookies")" "$URL/$page" | grep -q 'login:password'; then
        echo "the session was sent to the sign-in page by /$page" >&2
        exit 1
    fi
    # As many wrk threads as connections: each connection is one session, one request at a time (screens.lua).
    COOKIES="$ROOT/cookies" wrk -t32 -c32 -d3s -s $BENCH/screens.lua "$URL/$page" > /dev/null
    COOKIES="$ROOT/cookies" THREADS=32 load "/$page" 32 -s $BENCH/screens.lua "$URL/$page"
    row "screen /${page:-(home)} (32 sessions)" "$RPS req/s, p99 $P99 ms$NOTE" "≥ 150 req/s, p99 ≤ 300 ms" \
        "$(meets $RPS 150) / $(under $P99 300)"
done
RSS+=("after screens $(rss) MB")

echo "== writes"
before=$(psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select count(*) from org_person")
AUTH="$AUTH" load "HR writes" 8 -s $BENCH/writes.lua $URL
after=$(psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select count(*) from org_person")
row "HR system: PUT /api/v1/people/{code}, 8 conn." "$RPS writes/s, p99 $P99 ms$NOTE ($(( after - before )) people added)" \
    "≥ 300 writes/s" "$(meets $RPS 300)"
RSS+=("after writes $(rss) MB")

echo "== pre-screening"
java $BENCH/PreScreeningBench.java $URL/ admin Bench-Admin-1 2024 SON_LA | tee "$ROOT/cold"
java $BENCH/PreScreeningBench.java $URL/ admin Bench-Admin-1 2024 SON_LA | tee "$ROOT/warm"
# A third run under JFR for the profile (its time is not the warm figure: the recording costs some).
jcmd $(pgrep -f "rootdir $ROOT" | head -1) JFR.start name=prescreening filename="$ROOT/prescreening.jfr" > /dev/null
java $BENCH/PreScreeningBench.java $URL/ admin Bench-Admin-1 2024 SON_LA BD3 | tee "$ROOT/profiled"
jcmd $(pgrep -f "rootdir $ROOT" | head -1) JFR.stop name=prescreening > /dev/null
COLD=$(awk -F'[: ]+' '/^SON_LA.*Đã xét/ { print $3; exit }' "$ROOT/cold")
WARM=$(awk -F'[: ]+' '/^SON_LA.*Đã xét/ { print $3; exit }' "$ROOT/warm")
DISTRICT=$(awk -F'[: ]+' '/^BD3.*Đã xét/ { print $3 " s (" $8 " people)"; exit }' "$ROOT/profiled")
TWIN_SQL="select p.code, p.full_name, u.code, u.name from org_membership m
  join org_unit u on u.id = m.unit_id and u.path like '/1/%'
  join org_person p on p.id = m.person_id
  join org_person_rating r on r.person_id = p.id and r.rating_year = 2024 and r.rating in ('HTXSNV', 'HTTNV')
  where m.valid_from <= date '2024-12-31' and (m.valid_to is null or m.valid_to >= date '2024-12-31')
    and coalesce(p.start_date, (select min(f.valid_from) from org_membership f where f.person_id = p.id)) <= date '2024-03-01'
    and not exists (select 1 from org_discipline d where d.person_id = p.id and d.discipline_year = 2024)"
twin() { # SQL: the time of its second run, in seconds
    psql -h 127.0.0.1 -U postgres -d "$DB" -q -c '\timing on' -c "\\o /dev/null" -c "$1" -c "$1" \
        | awk '/^Time:/ { t = $2 } END { printf "%.2f", t / 1000 }'
}
TWIN=$(twin "$TWIN_SQL")
LDTT=$(psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select count(*) from ($TWIN_SQL) t")
row "pre-screening of the province, 7 awards, cold" "$COLD s" "" ""
row "pre-screening of the province, 7 awards, warm (job: start to done)" "$WARM s" "≤ 5 s" "$(under $WARM 5)"
row "pre-screening of one district (BD3), under JFR" "$DISTRICT" "" ""
row "SQL twin: the LĐTT set of the province ($LDTT people)" "$TWIN s" "application ≤ 2× twin" \
    "$(awk -v a="$WARM" -v b="$TWIN" 'BEGIN { printf "%.0f× %s", a / b, (a <= 2 * b) ? "yes" : "**no**" }')"
REPORT=$(for _ in 1 2 3; do curl -s -o /dev/null -u admin:Bench-Admin-1 -w '%{time_total}\n' "$URL/api/v1/reports/0603?year=2025"; done | sort -n | sed -n 2p)
REPORT_TWIN=$(twin "select c.award_code, c.recipient_type, c.position_category, c.unit_kind, c.commendation_type, count(*)
  from cmd_commendation c where c.decision_date between date '2025-01-01' and date '2025-12-31' and c.unit_path like '/1/%'
  and not exists (select 1 from cmd_revocation r where r.commendation_id = c.id)
  and not exists (select 1 from cmd_commendation s where s.supersedes_id = c.id)
  group by c.award_code, c.recipient_type, c.position_category, c.unit_kind, c.commendation_type")
row "report 0603, province, one call (median of 3)" "$REPORT s" "" ""
row "SQL twin of 0603: one grouped read" "$REPORT_TWIN s" "" ""
EXPORT=$(curl -s -o /dev/null -u admin:Bench-Admin-1 -w '%{time_total}' "$URL/api/v1/exports/national?since=2025-01-01")
row "national export since 2025-01-01" "$EXPORT s" "" ""
RSS+=("after pre-screening $(rss) MB")
PEAK=$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' /proc/$(pgrep -f "rootdir $ROOT" | head -1)/status)
row "resident memory (config/jvm.options${HEAP:+, -Xmx$HEAP}): $(IFS=,; echo "${RSS[*]}" | sed 's/,/, /g')" "peak $PEAK MB" "≤ 1024 MB" "$(under $PEAK 1024)"

echo "== profile of the warm pre-screening (JFR, top frames of the samples)"
jfr print --events jdk.ExecutionSample "$ROOT/prescreening.jfr" \
    | awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); top[$0]++ } END { for (f in top) print top[f], f }' \
    | sort -rn | head -12 | tee "$ROOT/profile"
SEVERE=$(grep -c SEVERE "$ROOT/server.log" || true)

{
    echo "### $(date +%Y-%m-%d) — $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(java -version 2>&1 | head -1), PostgreSQL $(psql -At -h 127.0.0.1 -U postgres -d test -c 'show server_version')"
    echo
    echo "\`bash $BENCH/run.sh\` (PEOPLE=$PEOPLE, ${EACH} s per load, wrk 2 threads): $SEEDED. SEVERE entries in the server log: $SEVERE."
    echo
    echo "| what | measured | target | met |"
    echo "|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "Warm pre-screening profile (JFR execution samples, top frames):"
    echo
    echo '```'
    cat "$ROOT/profile"
    echo '```'
    echo
} > "$ROOT/table.md"
cat "$ROOT/table.md"
MARK='<!-- run.sh: newest run below -->'
grep -q "$MARK" BENCHMARKS.md || printf '\n## Province scale (issue 16)\n%s\n' "$MARK" >> BENCHMARKS.md
awk -v mark="$MARK" -v table="$ROOT/table.md" '{ print } $0 == mark { while ((getline line < table) > 0) print line }' \
    BENCHMARKS.md > "$ROOT/BENCHMARKS.md" && cp "$ROOT/BENCHMARKS.md" BENCHMARKS.md
echo "added to BENCHMARKS.md; the server log is $ROOT/server.log"
