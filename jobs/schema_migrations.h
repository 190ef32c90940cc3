#pragma once

// The job database's schema versions and how to go from one to the next.
// Private to the jobs library; docs/jobs.md lists the versions.

#include "jobs/result.h"

#include <QSqlDatabase>

namespace winnow::jobs::schema {

// The version this build creates and understands, kept in PRAGMA user_version.
int latestVersion();

// Marks the file as Winnow's job database, in PRAGMA application_id.
constexpr int applicationId = 0x574E4F57; // "WNOW"

// Brings the database from `fromVersion` to latestVersion(): each step's SQL
// (jobs/schema/NNN_*.sql, built in as resources) and then its data
// migration, all inside the caller's transaction, then user_version.
Result<void> migrate(QSqlDatabase& db, int fromVersion);

} // namespace winnow::jobs::schema
