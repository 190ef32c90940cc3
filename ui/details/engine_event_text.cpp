#include "ui/details/engine_event_text.h"

#include "models/candidate_list_model.h"
#include "models/job_metrics_names.h"
#include "models/job_metrics_rows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

// The translation context of the log's texts.
class EngineEventText {
    Q_DECLARE_TR_FUNCTIONS(EngineEventText)
};

QString candidateLine(const QJsonObject& event)
{
    jobs::Candidate candidate;
    candidate.algorithm = event.value(u"algorithm"_s).toString();
    candidate.pipeline = event.value(u"pipeline"_s).toArray();
    const QString pipeline = models::CandidateListModel::pipelineText(candidate);
    const int index = event.value(u"index"_s).toInt();
    const QString status = event.value(u"status"_s).toString();
    const QLocale locale;
    const QString seconds = locale.toString(event.value(u"fitSeconds"_s).toDouble(), 'f', 2);
    if (status == u"Completed"_s) {
        QString line =
            EngineEventText::tr("Candidate %1, %2: %3 %4 in %5 s")
                .arg(QString::number(index), pipeline,
                     models::scoringDisplayName(event.value(u"scoring"_s).toString()),
                     models::formatMetricValue(event.value(u"score"_s).toDouble(), false), seconds);
        if (event.value(u"best"_s).toBool())
            line += EngineEventText::tr(" — best so far");
        return line;
    }
    if (status == u"TimedOut"_s) {
        return EngineEventText::tr("Candidate %1, %2: timed out after %3 s")
            .arg(QString::number(index), pipeline, seconds);
    }
    return EngineEventText::tr("Candidate %1, %2: failed: %3")
        .arg(QString::number(index), pipeline, event.value(u"message"_s).toString());
}

} // namespace

QString secondaryStatusDisplayName(const QString& status)
{
    if (status == u"Starting"_s)
        return EngineEventText::tr("Starting");
    if (status == u"AnalyzingData"_s)
        return EngineEventText::tr("Analysing data");
    if (status == u"FeatureEngineering"_s)
        return EngineEventText::tr("Preparing features");
    if (status == u"ModelTuning"_s)
        return EngineEventText::tr("Searching for the best pipeline");
    if (status == u"TrainingBestModel"_s)
        return EngineEventText::tr("Training the best model");
    if (status == u"WritingArtifacts"_s)
        return EngineEventText::tr("Writing the results");
    if (status == u"Completed"_s)
        return EngineEventText::tr("Completed");
    if (status == u"Failed"_s)
        return EngineEventText::tr("Failed");
    if (status == u"Stopped"_s)
        return EngineEventText::tr("Stopped");
    return status;
}

std::optional<EngineLogLine> describeEngineEvent(const QJsonObject& event)
{
    EngineLogLine line;
    line.time =
        QDateTime::fromString(event.value(u"time"_s).toString(), Qt::ISODateWithMs).toLocalTime();
    const QString type = event.value(u"type"_s).toString();
    const QString message = event.value(u"message"_s).toString();
    if (type == u"status"_s) {
        const QString status = event.value(u"status"_s).toString();
        line.text = secondaryStatusDisplayName(status);
        if (!message.isEmpty())
            line.text += u": "_s + message;
        if (status == u"Completed"_s || status == u"Stopped"_s) {
            if (const QJsonValue best = event.value(u"bestScore"_s); best.isDouble())
                line.text += EngineEventText::tr(" (best score %1)")
                                 .arg(models::formatMetricValue(best.toDouble(), false));
        }
        if (status == u"Failed"_s)
            line.level = EngineLogLine::Level::Error;
        return line;
    }
    if (type == u"warning"_s) {
        line.level = EngineLogLine::Level::Warning;
        line.text = message;
        return line;
    }
    if (type == u"note"_s) {
        line.text = message;
        return line;
    }
    if (type == u"error"_s) {
        line.level = EngineLogLine::Level::Error;
        line.text = message;
        return line;
    }
    if (type == u"candidate"_s) {
        line.text = candidateLine(event);
        if (event.value(u"status"_s).toString() != u"Completed"_s)
            line.level = EngineLogLine::Level::Warning;
        return line;
    }
    return std::nullopt;
}

QString formatLogLine(const EngineLogLine& line)
{
    const QString time = line.time.isValid() ? line.time.toString(u"HH:mm:ss"_s) : u"--:--:--"_s;
    switch (line.level) {
    case EngineLogLine::Level::Warning:
        return EngineEventText::tr("%1  Warning: %2").arg(time, line.text);
    case EngineLogLine::Level::Error:
        return EngineEventText::tr("%1  Error: %2").arg(time, line.text);
    case EngineLogLine::Level::Info: break;
    }
    return EngineEventText::tr("%1  %2").arg(time, line.text);
}

} // namespace winnow::ui
