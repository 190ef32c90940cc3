#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace winnow::jobs {

// One pipeline a job evaluated: a row of its leaderboard, as the engine's
// `candidate` event reports it (docs/engine-cli.md).
struct Candidate {
    QString jobId;
    int index = 0;               // the engine's candidate index, unique within a job
    QString algorithm;           // "xgboost", "logistic_regression", ...
    QJsonArray pipeline;         // [{"name": "standardscaler", "params": {...}}, ...]
    std::optional<double> score; // only for Completed candidates, in the scoring's units
    QString status;              // "Completed", "Failed" or "TimedOut"
    std::optional<double> fitSeconds;
    QString message;     // why a candidate failed
    QDateTime createdAt; // when it was evaluated; JobStore fills it in when empty

    bool operator==(const Candidate&) const = default;
};

} // namespace winnow::jobs
