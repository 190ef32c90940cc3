#pragma once

#include "jobs/job_folder.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace winnow::jobs {

// One line of a local job's log, for the job's log view.
struct JobLogEntry {
    enum class Kind { Status, Candidate, Warning, Note, Error, Stderr };
    Kind kind = Kind::Status;
    QDateTime time; // invalid for stderr lines
    QString text;   // "ModelTuning", "candidate 3, xgboost: 0.9712", the message

    bool operator==(const JobLogEntry&) const = default;
};

// What the engine told about a job, in order: its events from events.jsonl
// (statuses with their messages, candidates, warnings, notes, errors), then
// the last lines of its stderr. Unknown event types and damaged lines are
// left out.
QList<JobLogEntry> readJobLog(const JobFolder& folder);

} // namespace winnow::jobs
