#pragma once

#include "jobs/job.h"

#include <QColor>
#include <QDateTime>
#include <QString>

#include <optional>

namespace winnow::models {

// How the job table words and colours a job's values. Shared by the models
// and the widgets so that the same status reads and looks the same
// everywhere.

// "Running", "Finished", ...; a remote service's own status as it gave it.
QString jobStatusLabel(jobs::JobStatus status, const QString& statusText);

// The hue of a status's badge: blue running, green finished, red failed...
// Chosen to read on light and dark backgrounds alike; widgets may mix it
// with the palette but keep the hue.
QColor jobStatusColor(jobs::JobStatus status);

// The order statuses sort in: what needs attention first (running, then
// waiting, then failed), finished work last.
int jobStatusRank(jobs::JobStatus status);

// "Classification", "Regression"; anything else as written.
QString taskLabel(const QString& task);

// "F1", "KS", "MSE", "ROC AUC", ...; anything else as written.
QString scoringLabel(const QString& scoring);

// A score with as many decimals as its size deserves: 0.8731, 12.47, 18 342.
QString formatScore(double score);

// "Today, 09:41", "Yesterday, 17:02", or the locale's short date and time;
// in local time.
QString formatTimestamp(const QDateTime& time, const QDateTime& now);

} // namespace winnow::models
