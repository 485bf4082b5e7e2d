#!/usr/bin/env bash
# Benchmark of the set-wise pre-screening on PostgreSQL with a province-sized data set: 12 districts, 2,400
# communes and schools, 300,000 people with four years of ratings, ~1 million decided commendations, discipline
# and 30,000 initiatives. Starts the built WAR on a fresh database and times the pre-screening screen for the
# whole province and for one district (PreScreeningBench.java signs in and submits the form); then adds 2025's
# provincial awards (a tenth of the people, a third of the units) and times the statistical reports and the national
# export through the API.
# Run from the project root after `mvn -B package -DskipTests`; needs PostgreSQL on 127.0.0.1:5432 (trust) and
# port 8080 free. PEOPLE=30000 for a quicker run; REUSE=1 times again on the database of the previous run. The figures are for notes, never for test assertions.
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
start=$(date +%s)
[ -n "${REUSE:-}" ] || psql -q -h 127.0.0.1 -U postgres -d "$DB" -v people="$PEOPLE" <<'SQL'
insert into org_unit (code, name, search_name, kind, parent_id, path, version)
select 'BD' || g, 'Huyện Bench ' || g, 'huyen bench ' || g, 'DISTRICT', 1, '/1/', 1 from generate_series(1, 12) g;
update org_unit set path = '/1/' || id || '/' where code like 'BD%';
insert into org_unit (code, name, search_name, kind, parent_id, path, version)
select 'BU' || g, 'Xã Bench ' || g, 'xa bench ' || g, case when g % 3 = 0 then 'SCHOOL' else 'COMMUNE' end,
       d.id, d.path, 1
from generate_series(1, 2400) g join org_unit d on d.code = 'BD' || (1 + g % 12);
update org_unit set path = path || id || '/' where code like 'BU%';
insert into org_person (code, full_name, search_name, gender, birth_date, position_category, start_date, version)
select 'BP' || g, 'Lò Văn Bench ' || g, 'lo van bench ' || g, case when g % 2 = 0 then 'MALE' else 'FEMALE' end,
       date '1970-01-01' + (g % 10000), 'DIRECT_WORKER', date '2010-01-01', 1
from generate_series(1, :people) g;
insert into org_membership (person_id, unit_id, valid_from)
select p.id, u.id, date '2015-01-01' from org_person p
join org_unit u on u.code = 'BU' || (1 + (substr(p.code, 3)::int % 2400)) where p.code like 'BP%';
insert into org_person_rating (person_id, rating_year, rating, version)
select p.id, y, case when (p.id + y) % 20 < 4 then 'HTXSNV' when (p.id + y) % 20 < 18 then 'HTTNV'
                     when (p.id + y) % 20 = 18 then 'HTNV' else 'KHTNV' end, 1
from org_person p cross join generate_series(2021, 2024) y where p.code like 'BP%';
insert into org_unit_rating (unit_id, rating_year, rating, version)
select u.id, y, case when u.id % 3 = 0 then 'HTXSNV' else 'HTTNV' end, 1
from org_unit u cross join generate_series(2021, 2024) y where u.code like 'B%';
insert into org_discipline (person_id, discipline_level, discipline_year, decision_number, decision_date, recorded_at, recorded_by)
select id, 'KHIEN_TRACH', 2024, '1/QĐ-KL', date '2024-06-01', now(), 'bench' from org_person where id % 200 = 0;
insert into cmd_commendation (award_code, recipient_type, recipient_code, year_achieved, commendation_type,
       decision_number, decision_date, unit_code, unit_path, unit_kind, position_category, reward_amount, recorded_at, recorded_by)
select a.award, 'PERSON', p.code, r.rating_year, 'THUONG_XUYEN', a.award || '/' || r.rating_year,
       make_date(r.rating_year + 1, 1, 15), u.code, u.path, u.kind, 'DIRECT_WORKER', 0, now(), 'bench'
from org_person_rating r join org_person p on p.id = r.person_id
join org_membership m on m.person_id = p.id join org_unit u on u.id = m.unit_id
join (values ('LDTT'), ('CSTDCS')) a(award) on a.award = 'LDTT' or (p.id % 10 = 0 and r.rating = 'HTXSNV')
where p.code like 'BP%' and r.rating in ('HTXSNV', 'HTTNV') and (r.rating_year < 2024 or p.id % 2 = 0);
insert into cmp_initiative (title, kind, scope, recognised_on, decision_number, unit_path, recorded_at, recorded_by)
select 'Sáng kiến bench ' || p.id, 'INITIATIVE', case when p.id % 30 = 0 then 'TINH' else 'CO_SO' end,
       date '2024-03-01', 'SK/' || p.id, '/1/', now(), 'bench' from org_person p where p.id % 10 = 0;
insert into cmp_initiative_author (initiative_id, person_code)
select i.id, p.code from cmp_initiative i join org_person p on i.decision_number = 'SK/' || p.id;
analyze;
SQL
echo "seeded in $(( $(date +%s) - start )) s:"
psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select 'units ' || count(*) from org_unit" \
    -c "select 'people ' || count(*) from org_person" -c "select 'ratings ' || count(*) from org_person_rating" \
    -c "select 'commendations ' || count(*) from cmd_commendation" -c "select 'initiatives ' || count(*) from cmp_initiative"
java $BENCH/PreScreeningBench.java http://localhost:8080/ admin Bench-Admin-1 2024 SON_LA SON_LA BD3
[ -n "${REUSE:-}" ] || psql -q -h 127.0.0.1 -U postgres -d "$DB" <<'SQL'
insert into cmd_commendation (award_code, recipient_type, recipient_code, year_achieved, commendation_type,
       decision_number, decision_date, unit_code, unit_path, unit_kind, position_category, reward_amount, recorded_at, recorded_by)
select case when p.id % 50 = 0 then 'CSTD_TINH' else 'BANG_KHEN_TINH' end, 'PERSON', p.code, 2024,
       case when p.id % 7 = 0 then 'CHUYEN_DE' else 'THUONG_XUYEN' end, 'BK/' || (p.id % 400), date '2025-02-10',
       u.code, u.path, u.kind, case when p.id % 9 = 0 then 'OTHER_LEADER' else 'DIRECT_WORKER' end, 0, now(), 'bench'
from org_person p join org_membership m on m.person_id = p.id join org_unit u on u.id = m.unit_id
where p.code like 'BP%' and p.id % 10 = 3;
insert into cmd_commendation (award_code, recipient_type, recipient_code, year_achieved, commendation_type,
       decision_number, decision_date, unit_code, unit_path, unit_kind, reward_amount, recorded_at, recorded_by)
select case when u.id % 9 = 0 then 'CO_TD_TINH' else 'BANG_KHEN_TINH' end, 'UNIT', u.code, 2024, 'THUONG_XUYEN',
       'BKT/' || (u.id % 40), date '2025-03-10', u.code, u.path, u.kind, 0, now(), 'bench'
from org_unit u where u.code like 'BU%' and u.id % 3 = 0;
analyze;
SQL
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
