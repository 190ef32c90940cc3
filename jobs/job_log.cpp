#include "jobs/job_log.h"

#include "jobs/engine_events.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

namespace {

std::optional<JobLogEntry> entryFor(const EngineEvent& event)
{
    using Kind = JobLogEntry::Kind;
    switch (event.type) {
    case EngineEvent::Type::Status: {
        QString text = event.status;
        if (!event.message.isEmpty())
            text += u": "_s + event.message;
        return JobLogEntry{Kind::Status, event.time, text};
    }
    case EngineEvent::Type::Candidate: {
        const Candidate& candidate = event.candidate;
        QString text = u"candidate %1, %2: "_s.arg(candidate.index).arg(candidate.algorithm);
        if (candidate.score)
            text += QString::number(*candidate.score, 'g', 6);
        else
            text += candidate.status;
        if (!candidate.message.isEmpty())
            text += u" ("_s + candidate.message + u')';
        return JobLogEntry{Kind::Candidate, event.time, text};
    }
    case EngineEvent::Type::Warning: return JobLogEntry{Kind::Warning, event.time, event.message};
    case EngineEvent::Type::Note: return JobLogEntry{Kind::Note, event.time, event.message};
    case EngineEvent::Type::Error: return JobLogEntry{Kind::Error, event.time, event.message};
    case EngineEvent::Type::Progress:
    case EngineEvent::Type::Other: return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

QList<JobLogEntry> readJobLog(const JobFolder& folder)
{
    QList<JobLogEntry> entries;
    QFile events(folder.eventsLog());
    if (events.open(QIODevice::ReadOnly)) {
        while (!events.atEnd()) {
            const QByteArray line = events.readLine().trimmed();
            if (line.isEmpty())
                continue;
            if (std::optional<EngineEvent> event = parseEngineEvent(line)) {
                if (std::optional<JobLogEntry> entry = entryFor(*event))
                    entries << *entry;
            }
        }
    }
    QFile stderrLog(folder.stderrLog());
    if (stderrLog.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(stderrLog.readAll()).split(u'\n');
        for (const QString& line : lines) {
            if (!line.trimmed().isEmpty())
                entries << JobLogEntry{JobLogEntry::Kind::Stderr, {}, line};
        }
    }
    return entries;
}

} // namespace winnow::jobs
