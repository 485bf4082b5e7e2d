-- The verdict frozen at submission says whether it was ELIGIBLE, NOT_ELIGIBLE or MANUAL (an award without encoded
-- criteria, appraised by the office): a MANUAL nominee is not blocked and the appraisal marks it for a person.
alter table cmd_nominee add column submitted_outcome varchar(16);
