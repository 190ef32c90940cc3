#include "jobs/engine_events.h"

#include "jobs/mlhub_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

namespace {

using Type = EngineEvent::Type;

constexpr std::array<std::pair<Type, QStringView>, 6> typeNames{{
    {Type::Status, u"status"},
    {Type::Progress, u"progress"},
    {Type::Candidate, u"candidate"},
    {Type::Warning, u"warning"},
    {Type::Note, u"note"},
    {Type::Error, u"error"},
}};

Type typeOf(const QString& text)
{
    for (const auto& [type, name] : typeNames) {
        if (text == name)
            return type;
    }
    return Type::Other;
}

std::optional<double> number(const QJsonObject& object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

Candidate candidateFrom(const QJsonObject& object, const QDateTime& time)
{
    Candidate candidate;
    candidate.index = object.value(u"index").toInt();
    candidate.algorithm = object.value(u"algorithm").toString();
    candidate.pipeline = object.value(u"pipeline").toArray();
    candidate.status = object.value(u"status").toString();
    if (candidate.status == u"Completed"_s)
        candidate.score = number(object, u"score");
    candidate.fitSeconds = number(object, u"fitSeconds");
    candidate.message = object.value(u"message").toString();
    candidate.createdAt = time;
    return candidate;
}

} // namespace

std::optional<EngineEvent> parseEngineEvent(QByteArrayView line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();

    EngineEvent event;
    event.typeText = object.value(u"type").toString();
    event.type = typeOf(event.typeText);
    if (std::optional<QDateTime> time = mlhub::parseTimestamp(object.value(u"time").toString()))
        event.time = *time;
    event.status = object.value(u"status").toString();
    event.message = object.value(u"message").toString();
    event.progress = number(object, u"progress");
    if (event.progress)
        event.progress = std::clamp(*event.progress, 0.0, 1.0);
    event.bestScore = number(object, u"bestScore");
    event.exitCode = object.value(u"exitCode").toInt();
    event.artifacts = object.value(u"artifacts").toString();
    if (event.type == Type::Candidate) {
        event.candidate = candidateFrom(object, event.time);
        event.best = object.value(u"best").toBool();
        // A candidate event's status is the candidate's, not the job's.
        event.status.clear();
    }
    return event;
}

} // namespace winnow::jobs
