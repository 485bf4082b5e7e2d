-- CO_TD_TINH (RULES.md §5, [P]): the collective leads its emulation cluster or bloc for Y in a published ranking
-- (read from campaigns) and is rated HTXSNV in Y. Until now the award had no conditions (the rankings did not
-- exist); both rule set versions gain them, as the defaults are the same in both.
insert into cmd_rule (rule_set_id, award_code, rule_order, rule_key, kind, parameters, alternative_group, basis)
select s.id, r.award_code, r.rule_order, r.rule_key, r.kind, r.parameters, r.alternative_group, r.basis
from cmd_rule_set s cross join (
  select 'CO_TD_TINH' award_code, 1 rule_order, 'CO_TD_TINH.rank' rule_key, 'CLUSTER_RANK' kind, 'max=1' parameters,
         cast(null as varchar(64)) alternative_group,
         'Luật Thi đua, khen thưởng 2022, Cờ thi đua của UBND tỉnh: dẫn đầu cụm, khối thi đua [cần đối chiếu]' basis
  union all select 'CO_TD_TINH', 2, 'CO_TD_TINH.rating', 'RATING', 'min=HTXSNV;years=0', null,
         'Luật Thi đua, khen thưởng 2022, Cờ thi đua của UBND tỉnh: hoàn thành xuất sắc nhiệm vụ [cần đối chiếu]'
) r
where s.code in ('ND98_2023', 'ND152_2025');

-- Whether a nominee for an annual title who did not register for that year blocks the submission (true) or
-- only shows a warning (false, the default): a province's choice (issue 7).
insert into cmd_council_setting (code, effective_from, setting_value, basis) values
 ('REGISTRATION_REQUIRED', '2024-01-01', 'false', 'Province policy: nominations for annual titles warn when the nominee did not register');
