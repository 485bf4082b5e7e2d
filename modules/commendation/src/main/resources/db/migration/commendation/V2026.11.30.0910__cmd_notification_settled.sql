-- A notice waits for its reader only while its batch stays in the step it announced: once the batch moves on
-- (someone else received it, it came back, it was decided) the notice is settled and leaves the bell. It is kept.
alter table cmd_notification add column settled_at timestamp with time zone;
update cmd_notification set settled_at = created_at
 where exists (select 1 from cmd_nomination_event e
                where e.batch_id = cmd_notification.batch_id and e.acted_at > cmd_notification.created_at);
create index cmd_notification_waiting_ix on cmd_notification (username, settled_at);
