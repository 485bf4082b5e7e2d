-- Sessions that end and accounts that say what they are.
-- security_stamp changes with every password change or reset, disabling, lockout and grant change: a screen
-- session signed in under an older stamp ends at its next request (on every node: the stamp is in the database).
alter table org_account add column security_stamp bigint not null default 0;
-- The first-start administrator's printed or configured password is changed at the first sign-in.
alter table org_account add column must_change_password boolean not null default false;
-- Only accounts marked as directory accounts sign in through the intranet directory; a directory user whose uid
-- equals a local account's name never inherits that account. Accounts without a password were directory accounts.
alter table org_account add column directory_account boolean not null default false;
update org_account set directory_account = true where password_hash is null;
