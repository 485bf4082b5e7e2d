-- Corrected rule-set versions for the same periods (issue 14, RULES.md §5). Versions already used by verdicts are
-- never edited: ND98_2023.2 and ND152_2025.2 are new rows, in force over the same dates, and the version in force on a
-- date is the newest for it; the older ones are marked replaced, and verdicts frozen at submission keep their name.
-- The correction: CSTĐCS no longer demands an initiative. The 2022 Law made it one alternative: the LĐTT (or CSTT)
-- standard and any one of an HTXSNV rating in the year or an initiative (research project, combat ingenuity) of
-- scope ≥ CO_SO recognised in the year (the 2003 Law required the initiative).
alter table cmd_rule_set add column replaced_by varchar(64);

insert into cmd_rule_set (code, name, effective_from, effective_to, created_at, created_by)
select code || '.2', name || ' (đính chính: Chiến sĩ thi đua cơ sở theo Luật 2022)', effective_from, effective_to,
       current_timestamp, 'system'
from cmd_rule_set where code in ('ND98_2023', 'ND152_2025');

insert into cmd_rule (rule_set_id, award_code, rule_order, rule_key, kind, parameters, alternative_group, basis)
select n.id, r.award_code, r.rule_order, r.rule_key, r.kind, r.parameters,
       case when r.rule_key = 'CSTDCS.initiative' then 'merit' else r.alternative_group end, r.basis
from cmd_rule r
join cmd_rule_set o on o.id = r.rule_set_id
join cmd_rule_set n on n.code = o.code || '.2'
where o.code in ('ND98_2023', 'ND152_2025');

insert into cmd_rule (rule_set_id, award_code, rule_order, rule_key, kind, parameters, alternative_group, basis)
select n.id, 'CSTDCS', 3, 'CSTDCS.rating', 'RATING', 'min=HTXSNV;years=0', 'merit',
       'Luật Thi đua, khen thưởng 2022, danh hiệu Chiến sĩ thi đua cơ sở (hoàn thành xuất sắc nhiệm vụ, '
       || 'hoặc sáng kiến, đề tài nghiên cứu khoa học, giải pháp công tác)'
from cmd_rule_set n where n.code in ('ND98_2023.2', 'ND152_2025.2');

update cmd_rule_set set replaced_by = code || '.2' where code in ('ND98_2023', 'ND152_2025');
