-- Schema version 1 of the job database (jobs.sqlite).
--
-- Times are whole milliseconds since the Unix epoch, UTC. JobStore applies
-- this file statement by statement inside one transaction and then sets
-- PRAGMA user_version; keep every statement ending in a semicolon and no
-- semicolons inside strings or comments.

CREATE TABLE jobs (
    seq              INTEGER PRIMARY KEY,       -- fixed at insertion; breaks ties in listing orders
    id               TEXT NOT NULL UNIQUE,      -- a UUID
    backend          TEXT NOT NULL,             -- "local" or a remote service's id
    remote_id        TEXT,                      -- the id on that service; NULL for local jobs
    name             TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL,             -- PENDING, RUNNING, ... or a service's own text
    secondary_status TEXT NOT NULL DEFAULT '',
    progress         REAL NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1),
    best_score       REAL,
    failure_reason   TEXT NOT NULL DEFAULT '',
    -- Copies of spec fields the job table shows, so listing needs no JSON.
    feature_table    TEXT NOT NULL DEFAULT '',
    target_name      TEXT NOT NULL DEFAULT '',
    task             TEXT NOT NULL DEFAULT '',
    scoring          TEXT NOT NULL DEFAULT '',
    spec_json        TEXT NOT NULL DEFAULT '{}', -- the whole spec, unknown fields included
    artifact_uri     TEXT NOT NULL DEFAULT '',
    artifact_dir     TEXT NOT NULL DEFAULT '',
    data_path        TEXT NOT NULL DEFAULT '',
    tags_json        TEXT NOT NULL DEFAULT '[]',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    started_at       INTEGER,
    ended_at         INTEGER
);

-- Mirroring finds a remote job by its service and id; also the backend filter.
CREATE UNIQUE INDEX jobs_by_remote_id ON jobs (backend, remote_id);
-- One index per listing order, ending in seq so that keyset pages can seek.
CREATE INDEX jobs_by_created ON jobs (created_at, seq);
CREATE INDEX jobs_by_updated ON jobs (updated_at, seq);
CREATE INDEX jobs_by_name ON jobs (name COLLATE NOCASE, seq);
CREATE INDEX jobs_by_status ON jobs (status, seq);

-- The leaderboard: every pipeline a job evaluated.
CREATE TABLE candidates (
    job_id        TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    algorithm     TEXT NOT NULL,
    pipeline_json TEXT NOT NULL DEFAULT '[]',
    score         REAL,
    status        TEXT NOT NULL,
    fit_seconds   REAL,
    message       TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (job_id, idx)
) WITHOUT ROWID;

-- A job's result files, local or remote.
CREATE TABLE artifacts (
    job_id   TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    kind     TEXT NOT NULL,
    location TEXT NOT NULL, -- a local path or a remote URI
    size     INTEGER,
    sha256   TEXT,
    PRIMARY KEY (job_id, kind, location)
) WITHOUT ROWID;

-- When a job entered each of the engine's phases.
CREATE TABLE status_timeline (
    job_id           TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    secondary_status TEXT NOT NULL,
    time             INTEGER NOT NULL,
    PRIMARY KEY (job_id, seq)
) WITHOUT ROWID;
