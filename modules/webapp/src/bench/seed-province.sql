-- The province of the benchmarks (psql -v people=N): 12 districts, 2,400 communes and schools, N people with four
-- years of ratings, their LĐTT/CSTĐCS decisions, discipline and initiatives. Used by prescreening.sh and run.sh.
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
