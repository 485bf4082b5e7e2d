-- Reward money is paid from these dated facts; history is never edited, only extended (issue 14, RULES.md §7).
-- The base salary of 2,530,000 from 2026-07-01 (Decree 161/2026/NĐ-CP) was missing: decisions signed since then
-- were computed on 2,340,000. 1,490,000 (Decree 38/2019/NĐ-CP) serves the archive records of 2019-07-01 to 2023-06-30.
insert into cmd_base_salary (effective_from, amount, basis) values
 ('2019-07-01', 1490000, 'Nghị định 38/2019/NĐ-CP'),
 ('2026-07-01', 2530000, 'Nghị định 161/2026/NĐ-CP');
-- Bằng khen của Chủ tịch UBND tỉnh: 1.5 from 2025-07-01 (Decree 152/2025 on reward levels), 1.0 before.
-- Huân chương Lao động hạng Nhất / Nhì / Ba: 9.0 / 7.5 / 4.5 [P, to be checked against the decree].
insert into cmd_reward_coefficient (award_code, effective_from, coefficient) values
 ('BANG_KHEN_TINH', '2025-07-01', 1.5),
 ('HUAN_CHUONG_LD_1', '2024-01-01', 9.0),
 ('HUAN_CHUONG_LD_2', '2024-01-01', 7.5),
 ('HUAN_CHUONG_LD_3', '2024-01-01', 4.5);
