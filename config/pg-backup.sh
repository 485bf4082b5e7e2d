#!/usr/bin/env bash
# Back up thidua's PostgreSQL database and prove the copy restores (issue 15): pg_dump in one snapshot, the
# row count of every table taken in that same snapshot, pg_restore into a scratch database, then the restored
# counts must equal the snapshot's and the restored audit trail must end on the same entry with the same hash.
#
#   config/pg-backup.sh DATABASE DUMP_FILE        (connection from PGHOST, PGPORT, PGUSER, PGPASSWORD)
#
# Prints one line per table and "backup verified" at the end; exits non-zero when anything differs. The scratch
# database (DATABASE_restore_check) is dropped afterwards.
set -euo pipefail
db=${1:?database name}
dump=${2:?dump file}
scratch="${db}_restore_check"

counts_sql="select string_agg(format('select %L as t, count(*) as n from %I', table_name, table_name), ' union all ' order by table_name)
            from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"

# One transaction, one snapshot: its id is handed to pg_dump so that the dump and the counts see the same data.
coproc PSQL { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db"; }
echo "begin transaction isolation level repeatable read read only;" >&"${PSQL[1]}"
echo "select pg_export_snapshot();" >&"${PSQL[1]}"
read -r snapshot <&"${PSQL[0]}"
pg_dump -Fc --snapshot="$snapshot" -f "$dump" "$db"
query=$(psql -X -q -A -t -d "$db" -c "$counts_sql")
echo "select t || '=' || n from ($query) c order by t;" >&"${PSQL[1]}"
echo "select '#END';" >&"${PSQL[1]}"
expected=""
while read -r line <&"${PSQL[0]}"; do
    [ "$line" = "#END" ] && break
    expected+="$line"$'\n'
done
echo "select 'audit=' || coalesce(max(seq), 0) || ':' || coalesce((select hash from plt_audit_entry order by seq desc limit 1), '-') from plt_audit_entry;" >&"${PSQL[1]}"
read -r audit_expected <&"${PSQL[0]}"
echo "commit;" >&"${PSQL[1]}"
exec {PSQL[1]}>&-
wait "$PSQL_PID" 2>/dev/null || true

psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "drop database if exists $scratch" -c "create database $scratch" >/dev/null
trap 'psql -X -q -d "$db" -c "drop database if exists $scratch" >/dev/null 2>&1 || true' EXIT
pg_restore --no-owner -d "$scratch" "$dump"
query=$(psql -X -q -A -t -d "$scratch" -c "$counts_sql")
actual=$(psql -X -q -A -t -d "$scratch" -c "select t || '=' || n from ($query) c order by t;")$'\n'
audit_actual=$(psql -X -q -A -t -d "$scratch" -c "select 'audit=' || coalesce(max(seq), 0) || ':' || coalesce((select hash from plt_audit_entry order by seq desc limit 1), '-') from plt_audit_entry;")

printf '%s' "$actual"
echo "$audit_actual"
if [ "$expected" != "$actual" ]; then
    echo "MISMATCH: the restored row counts differ from the snapshot's:" >&2
    diff <(printf '%s' "$expected") <(printf '%s' "$actual") >&2 || true
    exit 1
fi
if [ "$audit_expected" != "$audit_actual" ]; then
    echo "MISMATCH: the restored audit trail ends on $audit_actual, the snapshot's on $audit_expected" >&2
    exit 1
fi
echo "backup verified: $dump restores with every table's rows and the audit trail up to its last entry ($audit_actual)"
