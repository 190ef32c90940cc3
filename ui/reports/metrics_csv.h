#pragma once

#include "ui/reports/job_report.h"

#include <QByteArray>
#include <QList>

namespace winnow::ui {

// The metrics of jobs as CSV (RFC 4180, UTF-8): one row per job and split
// (test, then train), one column per metric under its flattened key
// ("accuracy", "f1.class1", "confusionMatrix.truePositives", ...), after the
// columns jobId, jobName, task, split. Numbers are written in full precision,
// so they read back exactly as metadata.json holds them; a metric the split
// cannot define is an empty cell. Jobs without results have no rows.
QByteArray metricsCsv(const QList<JobReport>& reports);

} // namespace winnow::ui
