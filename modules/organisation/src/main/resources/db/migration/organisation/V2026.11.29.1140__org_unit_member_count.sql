-- Whether a collective's members include its subunits' people (RULES.md §5, issue 14): a per-unit setting; AUTO
-- counts them when the collective has no people of its own (a department whose staff sit in its offices).
alter table org_unit add column member_count varchar(16) default 'AUTO' not null;
