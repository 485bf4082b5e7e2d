-- Who signs a decision and where it is issued (Decree 30/2020, Appendix I): the chairman on behalf of a people's
-- committee (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH), a vice-chairman for the chairman (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH), the
-- head of a unit or a deputy for the head. Decisions signed before this column keep null: their signing line is
-- read from the authority as it was printed until now.
alter table cmd_decision add column signer_position varchar(16);
alter table cmd_decision add column place varchar(200);

-- A pre-printed blank belongs to the awards printed on it: only the blanks of the awards a decision gave are
-- offered when its certificates are printed.
alter table cmd_certificate_layout add column award_codes varchar(500) not null default '';
update cmd_certificate_layout set award_codes = 'BANG_KHEN_TINH' where code = 'PHOI_BANG_KHEN_TINH';
update cmd_certificate_layout set award_codes = 'GIAY_KHEN' where code = 'PHOI_GIAY_KHEN';
