-- Schema version 2: listing that stays fast with a long history.
--
-- Names. Version 1 searched and sorted names with SQLite's NOCASE, which
-- folds ASCII only ("ÉTUDE" did not find "étude"), and unnamed jobs, listed
-- under their data and target, could not be found by what the table shows.
-- Jobs now keep their display name case-folded in sort_name; Winnow fills it
-- in for existing rows right after this script (SQLite cannot fold Unicode).
--
-- Best score. Listing by best score arrived with the leaderboard view.
-- score_key orders unscored jobs below every score without NULLs, so keyset
-- pages can seek.
--
-- Covering indexes. A page walks the index of its order and drops the jobs
-- the filter excludes; in version 1 each of those needed a read of the
-- whole row, so a page of "churn" among 100 000 jobs read thousands of rows.
-- Each order's index now carries the filtered columns, and only the jobs
-- shown are read.
--
-- Counts. The sidebar's counts per backend and status read one small index.

ALTER TABLE jobs ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN score_key REAL GENERATED ALWAYS AS (ifnull(best_score, -1e308)) VIRTUAL;

DROP INDEX jobs_by_created;
DROP INDEX jobs_by_updated;
DROP INDEX jobs_by_name;
DROP INDEX jobs_by_status;
CREATE INDEX jobs_by_created ON jobs (created_at, seq, status, backend, updated_at, sort_name);
CREATE INDEX jobs_by_updated ON jobs (updated_at, seq, status, backend, created_at, sort_name);
CREATE INDEX jobs_by_name ON jobs (sort_name, seq, status, backend, created_at, updated_at);
CREATE INDEX jobs_by_status ON jobs (status, seq, backend, created_at, updated_at, sort_name);
CREATE INDEX jobs_by_score ON jobs (score_key, seq, status, backend, created_at, updated_at, sort_name);
CREATE INDEX jobs_by_backend_status ON jobs (backend, status);
