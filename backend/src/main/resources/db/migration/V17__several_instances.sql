-- Nền nếp: several application instances behind one load balancer (issue 11). What one JVM used to keep for itself
-- now lives here, so that every instance sees the same.

-- Failed logins (vn.nennep.auth.LoginThrottle), one row per key: 'user:<account>' or 'ip:<address>'. The count and
-- the start of its 15-minute window; a failure on any instance adds to the same row in one atomic upsert. A row whose
-- window has ended means nothing and is deleted by any instance's periodic purge (or started over by the next failure).
CREATE TABLE login_failures (
    key          text         PRIMARY KEY,
    failures     integer      NOT NULL CHECK (failures > 0),
    window_start timestamptz  NOT NULL
);
CREATE INDEX login_failures_window_idx ON login_failures (window_start);

-- Import jobs (vn.nennep.imports.ImportJobs): the instance running a job says so every few seconds. A RUNNING job
-- without a heartbeat for longer than nennep.imports.stale-after belongs to an instance that died (its transaction
-- was rolled back with its connection) and is marked FAILED by whichever instance sees it first.
ALTER TABLE import_jobs
    ADD COLUMN instance_id  varchar(200),
    ADD COLUMN heartbeat_at timestamptz,
    -- The language the job's problem is written in (the request's Accept-Language), for a problem written later by
    -- another instance.
    ADD COLUMN language     varchar(10);
CREATE INDEX import_jobs_running_idx ON import_jobs (heartbeat_at) WHERE status = 'RUNNING';
-- Jobs left RUNNING by a restart before this version never finish: their last sign of life is their start.
UPDATE import_jobs SET heartbeat_at = started_at WHERE status = 'RUNNING';
