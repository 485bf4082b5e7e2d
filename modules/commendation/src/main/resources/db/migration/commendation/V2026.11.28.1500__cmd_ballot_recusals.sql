-- Conflicts of interest (RULES.md §6): how many members declared one and did not vote, and the province's
-- policy for them: RECORD (default: declared and shown, the threshold stays over all members) or EXCLUDE (they
-- are left out of the members the quorum and the percentage count).
alter table cmd_ballot add column recused integer default 0 not null;
alter table cmd_ballot add column coi_policy varchar(16) default 'RECORD' not null;
insert into cmd_council_setting (code, effective_from, setting_value, basis) values
 ('COI_POLICY', '2024-01-01', 'RECORD', 'RULES.md §6: the declaration is recorded and shown, the threshold stays over all members (province setting) [?]');
