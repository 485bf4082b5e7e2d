-- 2025's provincial awards on the seeded province (a tenth of the people, a third of the units): what the reports count.
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
