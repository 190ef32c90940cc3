#pragma once

#include <QLoggingCategory>

namespace winnow::jobs {

// "winnow.jobs": the job store, JSON conversion and backends.
Q_DECLARE_LOGGING_CATEGORY(lcJobs)

} // namespace winnow::jobs
