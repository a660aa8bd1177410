-- Nền nếp: bulk imports (POST /api/v1/imports/{resource}). Each import is a job, kept so that its progress can be
-- read while it runs (GET /api/v1/imports/{jobId}) and its answer afterwards; an Idempotency-Key makes a retried
-- request return the first answer (unique per caller), and the hash of the request tells a retry from another
-- request that reuses the key.
CREATE TABLE import_jobs (
    id              uuid PRIMARY KEY,
    resource        varchar(30)  NOT NULL,
    caller_id       uuid         NOT NULL,
    caller_kind     varchar(10)  NOT NULL CHECK (caller_kind IN ('USER', 'MACHINE')),
    idempotency_key varchar(200),
    request_hash    varchar(100),
    dry_run         boolean      NOT NULL,
    atomic          boolean      NOT NULL,
    status          varchar(10)  NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    rows_done       bigint       NOT NULL DEFAULT 0,
    rows_total      bigint,
    -- The answer as first given (ImportResult), or the problem detail when the file could not be read.
    result          jsonb,
    problem         jsonb,
    started_at      timestamptz  NOT NULL,
    finished_at     timestamptz
);
CREATE UNIQUE INDEX import_jobs_idempotency_key ON import_jobs (caller_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX import_jobs_caller_idx ON import_jobs (caller_id, started_at);
