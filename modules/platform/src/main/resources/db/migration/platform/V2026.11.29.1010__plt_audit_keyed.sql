-- Entries sealed with the installation's key (THIDUA_AUDIT_KEY, HMAC-SHA256) rather than a plain SHA-256: whoever
-- holds the database alone cannot rewrite them and recompute the chain. Earlier entries stay as they were written.
alter table plt_audit_entry add column keyed boolean not null default false;
