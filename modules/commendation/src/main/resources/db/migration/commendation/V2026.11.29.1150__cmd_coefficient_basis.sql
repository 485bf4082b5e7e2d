-- Every coefficient names the text that set it, like the base salary (issue 14: the legal-basis page and API).
-- A description only: the figures and dates are not touched.
alter table cmd_reward_coefficient add column basis varchar(500);
update cmd_reward_coefficient set basis = 'Nghị định 98/2023/NĐ-CP, mức tiền thưởng (RULES.md §7) [cần đối chiếu]'
 where effective_from < date '2025-07-01';
update cmd_reward_coefficient set basis = 'Nghị định 152/2025/NĐ-CP, điều 54 khoản 1 (Bằng khen của Chủ tịch UBND tỉnh)'
 where award_code = 'BANG_KHEN_TINH' and effective_from = date '2025-07-01';
update cmd_reward_coefficient set basis = 'Nghị định 152/2025/NĐ-CP, mức tiền thưởng Huân chương Lao động [cần đối chiếu]'
 where award_code like 'HUAN_CHUONG_LD_%';
update cmd_reward_coefficient set basis = 'RULES.md §7 [cần đối chiếu]' where basis is null;
alter table cmd_reward_coefficient alter column basis set not null;
