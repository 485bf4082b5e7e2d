-- Where an account receives the workflow's email notices (optional; mail is off until an SMTP server is set).
alter table org_account add column email varchar(320);
