-- Background work, once across every server on the database (ssr/jobs.rs):
-- a job is claimed by one conditional UPDATE and held for a lease; a server
-- that dies leaves the lease to run out, then another claims the job.
CREATE TABLE jobs (
    name        TEXT PRIMARY KEY,
    due_at      BIGINT NOT NULL,
    holder      TEXT,
    lease_until BIGINT,
    started_at  BIGINT,
    attempts    BIGINT NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    runs        BIGINT NOT NULL DEFAULT 0 CHECK (runs >= 0),
    last_error  TEXT,
    done_at     BIGINT,
    CHECK ((holder IS NULL) = (lease_until IS NULL))
);
CREATE INDEX jobs_due ON jobs(due_at) WHERE done_at IS NULL;
