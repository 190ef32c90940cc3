#!/bin/sh
# Makes jobs-v1.sqlite: a job database as the first schema version wrote it,
# with a few jobs, for the migration test. Run from anywhere:
#   tests/jobs/data/make-v1-database.sh
# It is committed; re-run only if the fixture itself must change.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/jobs-v1.sqlite"
rm -f "$out" "$out-wal" "$out-shm"
{
    cat "$here/../../../jobs/schema/001_initial.sql"
    cat <<'SQL'
PRAGMA application_id = 1464749911;
PRAGMA user_version = 1;
PRAGMA journal_mode = WAL;

-- 2023-10-17 16:47:14.289 UTC = 1697561234289
INSERT INTO jobs (id, backend, remote_id, name, status, secondary_status, progress, best_score,
                  failure_reason, feature_table, target_name, task, scoring, spec_json,
                  artifact_uri, artifact_dir, data_path, tags_json, created_at, updated_at,
                  started_at, ended_at)
VALUES
  ('0b7c1d4e-6f0a-4c55-9a57-0d2e4f6a8b01', 'local', NULL, 'Étude churn', 'FINISHED', 'Completed',
   1.0, 0.9712, '', 'churn_2023', 'churned', 'classification', 'f1',
   '{"featureTableName":"churn_2023","idColumn":"id","targetName":"churned","task":"classification","scoring":"f1","numFeatures":5,"generations":2,"seed":42,"startDate":"","endDate":""}',
   '', '/home/ana/.local/share/Winnow/jobs/0b7c1d4e', '/home/ana/data/churn_2023.csv', '["churn","q4"]',
   1697561234289, 1697561534289, 1697561235000, 1697561534000),
  ('5c3e9a10-2b7d-4f8e-8d21-6a4b0c9e7f02', 'mlhub-prod', '652eba92dc623bcd5e5f4cb6', '', 'RUNNING', '',
   0.0, NULL, '', 'creditcard_demo', 'class', 'classification', 'ks',
   '{"featureTableName":"creditcard_demo","idColumn":"id","targetName":"class","task":"classification","scoring":"ks","numFeatures":4,"generations":1,"startDate":"2022-01-01","endDate":"2023-10-13"}',
   '', '', '', '[]',
   1697561234289, 1697561234289, NULL, NULL),
  ('9e8d7c6b-5a49-4382-9170-8f6e5d4c3b03', 'local', NULL, 'house prices', 'FAILED', 'Failed',
   0.1, NULL, 'data.csv:17:4: unterminated quoted field', 'houses', 'price', 'regression', 'mse',
   '{"featureTableName":"houses","idColumn":"","targetName":"price","task":"regression","scoring":"mse","startDate":"","endDate":""}',
   '', '', '/home/ana/data/houses.csv', '[]',
   1697647634289, 1697647640289, 1697647635000, 1697647640000);

INSERT INTO candidates (job_id, idx, algorithm, pipeline_json, score, status, fit_seconds, message, created_at)
VALUES
  ('0b7c1d4e-6f0a-4c55-9a57-0d2e4f6a8b01', 0, 'xgboost',
   '[{"name":"standardscaler","params":{}},{"name":"xgbclassifier","params":{"nEstimators":200}}]',
   0.9712, 'Completed', 1.42, '', 1697561300000),
  ('0b7c1d4e-6f0a-4c55-9a57-0d2e4f6a8b01', 1, 'logistic_regression',
   '[{"name":"logisticregression","params":{"c":1.0}}]', 0.9421, 'Completed', 0.31, '', 1697561310000);

INSERT INTO artifacts (job_id, kind, location, size, sha256)
VALUES
  ('0b7c1d4e-6f0a-4c55-9a57-0d2e4f6a8b01', 'metadata', '/home/ana/.local/share/Winnow/jobs/0b7c1d4e/metadata.json', 2048, NULL),
  ('0b7c1d4e-6f0a-4c55-9a57-0d2e4f6a8b01', 'model', '/home/ana/.local/share/Winnow/jobs/0b7c1d4e/model.winnow', 81920, NULL);

INSERT INTO status_timeline (job_id, seq, secondary_status, time)
VALUES
  ('0b7c1d4e-6f0a-4c55-9a57-0d2e4f6a8b01', 0, 'Starting', 1697561235000),
  ('0b7c1d4e-6f0a-4c55-9a57-0d2e4f6a8b01', 1, 'ModelTuning', 1697561240000),
  ('0b7c1d4e-6f0a-4c55-9a57-0d2e4f6a8b01', 2, 'Completed', 1697561534000);
SQL
} | sqlite3 "$out"
echo "wrote $out"
