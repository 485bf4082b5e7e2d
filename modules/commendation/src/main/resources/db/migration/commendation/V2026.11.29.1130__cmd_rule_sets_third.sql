-- Third rule-set versions for the same periods (issue 14, RULES.md §5). ND98_2023.2 and ND152_2025.2 may already
-- be named by verdicts: they are never edited; ND98_2023.3 and ND152_2025.3 are new rows over the same dates and
-- the .2 versions are marked replaced. What changes:
--  * a prerequisite title of the same year is met by its standard, decided or not ("đạt tiêu chuẩn danh hiệu"):
--    LĐTT/CSTT for CSTĐCS, the members' LĐTT for TTLĐTT and TTLĐXS, a member's CSTĐCS for TTLĐXS (standard=true);
--  * the CSTĐCS cap is a province setting (CAP.CSTDCS, 15%) over LĐTT and CSTT together (Decree 91/2017 is gone);
--  * the provincial certificate: a person by two consecutive CSTĐCS or two consecutive HTXSNV years, with two
--    initiatives in that time; a collective by two HTXSNV years and no member warned; a household, a thematic
--    (CHUYEN_DE) and the other types by the office's appraisal (no encoded criteria, verdict MANUAL);
--  * chains for what the province proposes upward (Bằng khen Thủ tướng, Huân chương Lao động hạng Ba, Cờ thi đua
--    của Chính phủ), as data marked [cần đối chiếu]: to be checked against the texts before they are relied on.
insert into cmd_council_setting (code, effective_from, setting_value, basis) values
 ('CAP.CSTDCS', '2024-01-01', '0.15', 'Quy định của tỉnh: số Chiến sĩ thi đua cơ sở không quá 15% tổng số Lao động '
  || 'tiên tiến và Chiến sĩ tiên tiến của đơn vị (trước đây Nghị định 91/2017/NĐ-CP, điều 9) [cần đối chiếu]');

-- Decree 152/2025 is recorded as in force until 28/02/2027 (no longer from 01/03/2027): the version for the time
-- after is added by an administrator on the legal-basis page, without a release.
insert into cmd_rule_set (code, name, effective_from, effective_to, created_at, created_by)
select replace(s.code, '.2', '.3'), o.name || ' (đính chính lần 2: đạt tiêu chuẩn trong năm, Bằng khen tỉnh, tỷ lệ của tỉnh)',
       s.effective_from, case when s.code = 'ND152_2025.2' then date '2027-02-28' else s.effective_to end,
       current_timestamp, 'system'
from cmd_rule_set s join cmd_rule_set o on o.code || '.2' = s.code
where s.code in ('ND98_2023.2', 'ND152_2025.2');

-- Everything of .2 but the certificate, the cap and the prerequisites that now accept the standard.
insert into cmd_rule (rule_set_id, award_code, rule_order, rule_key, kind, parameters, alternative_group, basis)
select n.id, r.award_code, r.rule_order, r.rule_key, r.kind,
       case when r.rule_key in ('CSTDCS.ldtt', 'CSTDCS.cstt', 'TTLDTT.share', 'TTLDXS.share', 'TTLDXS.cstdcs')
            then r.parameters || ';standard=true' else r.parameters end,
       r.alternative_group, r.basis
from cmd_rule r
join cmd_rule_set o on o.id = r.rule_set_id
join cmd_rule_set n on n.code = replace(o.code, '.2', '.3')
where o.code in ('ND98_2023.2', 'ND152_2025.2') and r.award_code <> 'BANG_KHEN_TINH' and r.rule_key <> 'CSTDCS.cap';

insert into cmd_rule (rule_set_id, award_code, rule_order, rule_key, kind, parameters, alternative_group, basis)
select s.id, r.award_code, r.rule_order, r.rule_key, r.kind, r.parameters, r.alternative_group,
       replace(r.basis, '{decree}', case s.code when 'ND98_2023.3' then 'Nghị định 98/2023/NĐ-CP' else 'Nghị định 152/2025/NĐ-CP' end)
from cmd_rule_set s cross join (
  select 'CSTDCS' award_code, 5 rule_order, 'CSTDCS.cap' rule_key, 'UNIT_CAP' kind, 'of=LDTT,CSTT;ratio=@CAP.CSTDCS' parameters,
         cast(null as varchar(64)) alternative_group,
         'Quy định của tỉnh về tỷ lệ Chiến sĩ thi đua cơ sở (không quá 15% số Lao động tiên tiến, Chiến sĩ tiên tiến) [cần đối chiếu]' basis
  union all select 'BANG_KHEN_TINH', 1, 'BANG_KHEN_TINH.cstdcs', 'HOLDS_AWARD', 'awards=CSTDCS;years=0,1;standard=true;for=PERSON;types=THUONG_XUYEN', 'path',
         '{decree}, Bằng khen của Chủ tịch UBND tỉnh: 02 năm liên tục Chiến sĩ thi đua cơ sở hoặc hoàn thành xuất sắc nhiệm vụ'
  union all select 'BANG_KHEN_TINH', 2, 'BANG_KHEN_TINH.rating', 'RATING', 'min=HTXSNV;years=0,1;for=PERSON;types=THUONG_XUYEN', 'path',
         '{decree}, Bằng khen của Chủ tịch UBND tỉnh: 02 năm liên tục Chiến sĩ thi đua cơ sở hoặc hoàn thành xuất sắc nhiệm vụ'
  union all select 'BANG_KHEN_TINH', 3, 'BANG_KHEN_TINH.initiatives', 'INITIATIVE', 'scope=CO_SO;count=2;window=2;for=PERSON;types=THUONG_XUYEN', null,
         '{decree}, Bằng khen của Chủ tịch UBND tỉnh: trong thời gian đó có 02 sáng kiến (đề tài, đề án) được công nhận'
  union all select 'BANG_KHEN_TINH', 4, 'BANG_KHEN_TINH.unitRating', 'RATING', 'min=HTXSNV;years=0,1;for=UNIT;types=THUONG_XUYEN', null,
         '{decree}, Bằng khen của Chủ tịch UBND tỉnh cho tập thể: 02 năm liên tục hoàn thành xuất sắc nhiệm vụ [cần đối chiếu]'
  union all select 'BANG_KHEN_TINH', 5, 'BANG_KHEN_TINH.membersDiscipline', 'MEMBERS_NO_DISCIPLINE', 'min=CANH_CAO;for=UNIT;types=THUONG_XUYEN', null,
         '{decree}, Bằng khen của Chủ tịch UBND tỉnh cho tập thể: nội bộ đoàn kết, không có cá nhân bị kỷ luật từ cảnh cáo trở lên [cần đối chiếu]'
  union all select 'BANG_KHEN_TTG', 1, 'BANG_KHEN_TTG.chain', 'HELD_BEFORE', 'awards=BANG_KHEN_TINH;gap=5;for=PERSON,UNIT;types=THUONG_XUYEN', null,
         'Luật Thi đua, khen thưởng 2022, Bằng khen của Thủ tướng Chính phủ: đã được tặng Bằng khen cấp tỉnh, 05 năm tiếp theo [cần đối chiếu]'
  union all select 'BANG_KHEN_TTG', 2, 'BANG_KHEN_TTG.rating', 'RATING', 'min=HTXSNV;years=0,1,2,3,4;for=PERSON,UNIT;types=THUONG_XUYEN', null,
         'Luật Thi đua, khen thưởng 2022, Bằng khen của Thủ tướng Chính phủ: 05 năm liên tục hoàn thành xuất sắc nhiệm vụ [cần đối chiếu]'
  union all select 'BANG_KHEN_TTG', 3, 'BANG_KHEN_TTG.initiatives', 'INITIATIVE', 'scope=CO_SO;count=5;window=5;for=PERSON;types=THUONG_XUYEN', null,
         'Luật Thi đua, khen thưởng 2022, Bằng khen của Thủ tướng Chính phủ: 05 sáng kiến được công nhận trong 05 năm [cần đối chiếu]'
  union all select 'HUAN_CHUONG_LD_3', 1, 'HUAN_CHUONG_LD_3.chain', 'HELD_BEFORE', 'awards=BANG_KHEN_TTG;gap=5;for=PERSON,UNIT;types=THUONG_XUYEN', null,
         'Luật Thi đua, khen thưởng 2022, Huân chương Lao động hạng Ba: đã được tặng Bằng khen của Thủ tướng Chính phủ, 05 năm tiếp theo [cần đối chiếu]'
  union all select 'HUAN_CHUONG_LD_3', 2, 'HUAN_CHUONG_LD_3.rating', 'RATING', 'min=HTXSNV;years=0,1,2,3,4;for=PERSON,UNIT;types=THUONG_XUYEN', null,
         'Luật Thi đua, khen thưởng 2022, Huân chương Lao động hạng Ba: 05 năm liên tục hoàn thành xuất sắc nhiệm vụ [cần đối chiếu]'
  union all select 'HUAN_CHUONG_LD_3', 3, 'HUAN_CHUONG_LD_3.initiatives', 'INITIATIVE', 'scope=CO_SO;count=2;window=5;for=PERSON;types=THUONG_XUYEN', null,
         'Luật Thi đua, khen thưởng 2022, Huân chương Lao động hạng Ba: sáng kiến được công nhận trong thời gian đó [cần đối chiếu]'
  union all select 'CO_TD_CP', 1, 'CO_TD_CP.flag', 'HOLDS_AWARD', 'awards=CO_TD_TINH;years=0;standard=true;types=THUONG_XUYEN', null,
         'Luật Thi đua, khen thưởng 2022, Cờ thi đua của Chính phủ: tiêu biểu trong các tập thể dẫn đầu phong trào thi đua cấp tỉnh [cần đối chiếu]'
  union all select 'CO_TD_CP', 2, 'CO_TD_CP.rating', 'RATING', 'min=HTXSNV;years=0;types=THUONG_XUYEN', null,
         'Luật Thi đua, khen thưởng 2022, Cờ thi đua của Chính phủ: hoàn thành xuất sắc nhiệm vụ [cần đối chiếu]'
) r
where s.code in ('ND98_2023.3', 'ND152_2025.3');

update cmd_rule_set set replaced_by = replace(code, '.2', '.3') where code in ('ND98_2023.2', 'ND152_2025.2');
