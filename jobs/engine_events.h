#pragma once

#include "jobs/candidate.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace winnow::jobs {

// One line of winnow-engine's event stream (docs/engine-cli.md, "Events"),
// read into the fields the runner uses. Fields an event lacks stay empty.
struct EngineEvent {
    enum class Type { Status, Progress, Candidate, Warning, Note, Error, Other };

    Type type = Type::Other;
    QString typeText; // as written, e.g. "status"; kept for types Winnow does not know
    QDateTime time;
    QString status;  // status events: "Starting", "ModelTuning", ..., "Completed"
    QString message; // status, warning, note and error events
    std::optional<double> progress;
    std::optional<double> bestScore;
    int exitCode = 0;  // error events
    QString artifacts; // the final status event: the output folder

    // Candidate events: the leaderboard row (without its job id), and
    // whether it is the best so far.
    Candidate candidate;
    bool best = false;
};

// Reads one line. A line that is not a JSON object (a stray message, a
// half-written line) gives nullopt; an object of an unknown type is Other,
// which the runner ignores, as the contract asks.
std::optional<EngineEvent> parseEngineEvent(QByteArrayView line);

} // namespace winnow::jobs
