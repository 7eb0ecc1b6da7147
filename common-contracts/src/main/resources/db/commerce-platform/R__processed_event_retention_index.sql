-- Repeatable, not versioned: every service keeps one Flyway history for its own migrations and these shared ones, and
-- a shared version sorting below a service's applied V1 would stop that service's existing database from migrating.
-- ProcessedEventRetention deletes processed_event rows older than commerce.events.processed.retention, a bounded
-- batch at a time: without this index each batch, and every run that finds nothing old, would scan the whole table.
-- Building it blocks inserts into processed_event (consumers wait, nothing fails) for as long as it takes; on a large
-- table, create it beforehand with "create index concurrently" under this name and this statement does nothing.
create index if not exists processed_event_processed_at on processed_event (processed_at);
