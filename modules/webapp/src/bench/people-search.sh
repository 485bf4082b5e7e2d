#!/usr/bin/env bash
# Benchmark of the people search on PostgreSQL: seeds 100,000 people in 200 communes into a fresh database,
# starts the built WAR on it and times the API's searches (median of 5). Run from the project root after
# `mvn -B package -DskipTests`; needs PostgreSQL on 127.0.0.1:5432 (trust) and port 8080 free.
# The figures are for notes, never for test assertions.
set -euo pipefail
DB=${DB:-thidua_bench}
WEBAPP=modules/webapp/target
psql -q -h 127.0.0.1 -U postgres -d test -c "drop database if exists $DB with (force)" -c "create database $DB"
ROOT=$(mktemp -d)
THIDUA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB THIDUA_DB_USER=postgres THIDUA_ADMIN_PASSWORD=Bench-Admin-1 \
    java -jar $WEBAPP/payara-micro.jar --deploy $WEBAPP/thidua.war --port 8080 --nocluster \
    --postbootcommandfile config/payara/single-instance.asadmin --rootdir "$ROOT" > "$ROOT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
until curl -sf localhost:8080/health > /dev/null; do sleep 1; done
psql -q -h 127.0.0.1 -U postgres -d "$DB" <<'SQL'
insert into org_unit (code, name, search_name, kind, parent_id, path, version)
select 'BX' || g, 'Xã Bench ' || g, 'xa bench ' || g, 'COMMUNE', 1, '/1/', 1 from generate_series(1, 200) g;
update org_unit set path = '/1/' || id || '/' where code like 'BX%';
insert into org_person (code, full_name, search_name, gender, birth_date, position_category, version)
select 'BP' || g,
       (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Lò','Quàng','Cầm','Đèo','Vì'])[1 + g % 10] || ' ' ||
       (array['Văn','Thị','Minh','Đức','Thu'])[1 + (g / 10) % 5] || ' ' ||
       (array['An','Bình','Cường','Dũng','Hoa','Lan','Mai','Nam','Sơn','Tuấn','Xuân','Yến'])[1 + (g / 50) % 12] || ' ' || g,
       (array['nguyen','tran','le','pham','hoang','lo','quang','cam','deo','vi'])[1 + g % 10] || ' ' ||
       (array['van','thi','minh','duc','thu'])[1 + (g / 10) % 5] || ' ' ||
       (array['an','binh','cuong','dung','hoa','lan','mai','nam','son','tuan','xuan','yen'])[1 + (g / 50) % 12] || ' ' || g,
       case when g % 2 = 0 then 'MALE' else 'FEMALE' end, date '1960-01-01' + (g % 15000), 'DIRECT_WORKER', 1
from generate_series(1, 100000) g;
insert into org_membership (person_id, unit_id, valid_from)
select p.id, u.id, date '2020-01-01' from org_person p
join org_unit u on u.code = 'BX' || (1 + (substr(p.code, 3)::int % 200)) where p.code like 'BP%';
analyze;
SQL
for query in "q=nguyen%20van%20an&size=50" "q=cam%20thi&size=50" "q=BP99999" "size=50&page=1500" \
             "unit=BX17&size=50"; do
    median=$(for _ in 1 2 3 4 5; do
        curl -s -o /dev/null -u admin:Bench-Admin-1 -w '%{time_total}\n' "localhost:8080/api/v1/people?$query"
    done | sort -n | sed -n 3p)
    echo "GET /api/v1/people?$query  median ${median}s"
done
