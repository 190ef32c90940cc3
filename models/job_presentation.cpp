#include "models/job_presentation.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace winnow::models {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("winnow::models::JobPresentation", text);
}

} // namespace

QString jobStatusLabel(jobs::JobStatus status, const QString& statusText)
{
    using jobs::JobStatus;
    switch (status) {
    case JobStatus::Pending: return tr("Pending");
    case JobStatus::Running: return tr("Running");
    case JobStatus::Finished: return tr("Finished");
    case JobStatus::Failed: return tr("Failed");
    case JobStatus::Stopped: return tr("Stopped");
    case JobStatus::Interrupted: return tr("Interrupted");
    case JobStatus::Unknown: break;
    }
    return statusText.isEmpty() ? tr("Unknown") : statusText;
}

QColor jobStatusColor(jobs::JobStatus status)
{
    using jobs::JobStatus;
    switch (status) {
    case JobStatus::Pending: return QColor(0x8a, 0x90, 0x9a);
    case JobStatus::Running: return QColor(0x2f, 0x80, 0xed);
    case JobStatus::Finished: return QColor(0x27, 0xa0, 0x5f);
    case JobStatus::Failed: return QColor(0xe0, 0x4a, 0x4a);
    case JobStatus::Stopped: return QColor(0xd9, 0x8e, 0x1c);
    case JobStatus::Interrupted: return QColor(0xc8, 0x6b, 0x2e);
    case JobStatus::Unknown: break;
    }
    return QColor(0x86, 0x7a, 0xc4);
}

int jobStatusRank(jobs::JobStatus status)
{
    using jobs::JobStatus;
    switch (status) {
    case JobStatus::Running: return 0;
    case JobStatus::Pending: return 1;
    case JobStatus::Unknown: return 2;
    case JobStatus::Failed: return 3;
    case JobStatus::Interrupted: return 4;
    case JobStatus::Stopped: return 5;
    case JobStatus::Finished: return 6;
    }
    return 7;
}

QString taskLabel(const QString& task)
{
    if (task.compare(u"classification"_s, Qt::CaseInsensitive) == 0)
        return tr("Classification");
    if (task.compare(u"regression"_s, Qt::CaseInsensitive) == 0)
        return tr("Regression");
    return task;
}

QString scoringLabel(const QString& scoring)
{
    // Metric names are the same in every language.
    static const QHash<QString, QString> names{
        {u"f1"_s, u"F1"_s},
        {u"ks"_s, u"KS"_s},
        {u"mse"_s, u"MSE"_s},
        {u"rmse"_s, u"RMSE"_s},
        {u"mae"_s, u"MAE"_s},
        {u"r2"_s, u"R²"_s},
        {u"auc"_s, u"AUC"_s},
        {u"roc_auc"_s, u"ROC AUC"_s},
        {u"accuracy"_s, u"Accuracy"_s},
        {u"logloss"_s, u"Log loss"_s},
        {u"log_loss"_s, u"Log loss"_s},
        {u"precision"_s, u"Precision"_s},
        {u"recall"_s, u"Recall"_s},
        {u"f1_macro"_s, u"F1 macro"_s},
        {u"f1_weighted"_s, u"F1 weighted"_s},
    };
    return names.value(scoring.toLower(), scoring);
}

QString formatScore(double score)
{
    if (!std::isfinite(score))
        return QLocale().toString(score);
    const double size = std::abs(score);
    const int decimals = size >= 10000 ? 0 : size >= 100 ? 1 : size >= 10 ? 2 : 4;
    return QLocale().toString(score, 'f', decimals);
}

QString formatTimestamp(const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString clock = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        return tr("Today, %1").arg(clock);
    if (local.date() == today.addDays(-1))
        return tr("Yesterday, %1").arg(clock);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace winnow::models
