#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace winnow::ui {

// One line of a job's log, made from an event the engine wrote
// (docs/engine-cli.md, "Events").
struct EngineLogLine {
    enum class Level { Info, Warning, Error };
    QDateTime time; // local time
    Level level = Level::Info;
    QString text;
};

// The readable line for an event, or nothing for events a log need not show
// (progress ticks, types this version does not know).
std::optional<EngineLogLine> describeEngineEvent(const QJsonObject& event);
// "AnalyzingData" -> "Analysing data"; an unknown status as it is.
QString secondaryStatusDisplayName(const QString& status);
// "12:04:31  Warning: only 426 rows…"
QString formatLogLine(const EngineLogLine& line);

} // namespace winnow::ui
