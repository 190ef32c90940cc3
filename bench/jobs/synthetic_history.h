#pragma once

// A long, realistic job history for the benchmarks: mixed statuses,
// subjects, scores and timelines, each finished job with its whole status
// timeline. bench_job_store and bench_history_view fill their stores with it.

#include "jobs/job.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

namespace winnow::bench {

using namespace Qt::StringLiterals;
using jobs::Job;
using jobs::JobStatus;
using jobs::TimelineEntry;

// Whether the history holds running jobs, or shows them INTERRUPTED, as the
// local backend leaves jobs a restart found running (a benchmark of the idle
// app wants no job that looks alive).
enum class RunningJobs { Included, Interrupted };

inline const QStringList subjects{
    u"churn"_s,  u"fraud"_s, u"credit risk"_s, u"house prices"_s, u"demand"_s,    u"lead scoring"_s,
    u"claims"_s, u"Churn"_s, u"energy load"_s, u"returns"_s,      u"ad clicks"_s, u"upsell"_s};
inline const QStringList variants{u"baseline"_s,    u"with tenure"_s, u"more generations"_s,
                                  u"balanced"_s,    u"q4"_s,          u"retry"_s,
                                  u"all features"_s};
inline const QStringList algorithms{u"xgboost"_s, u"logistic_regression"_s, u"random_forest"_s,
                                    u"knn"_s};
inline const QStringList phases{u"Starting"_s,    u"AnalyzingData"_s,     u"FeatureEngineering"_s,
                                u"ModelTuning"_s, u"TrainingBestModel"_s, u"WritingArtifacts"_s};

inline Job realisticJob(QRandomGenerator& random, qint64 index, const QDateTime& start,
                        RunningJobs running = RunningJobs::Included)
{
    Job job;
    const QString subject = subjects.at(random.bounded(int(subjects.size())));
    job.name =
        u"%1 %2 #%3"_s.arg(subject, variants.at(random.bounded(int(variants.size())))).arg(index);
    job.spec.featureTableName = subject.toLower().replace(u' ', u'_') + u"_2023"_s;
    job.spec.idColumn = u"id"_s;
    const bool regression = subject == u"house prices"_s || subject == u"energy load"_s;
    job.spec.targetName = regression ? u"value"_s : u"label"_s;
    job.spec.task = regression ? u"regression"_s : u"classification"_s;
    job.spec.scoring = regression ? u"mse"_s : (random.bounded(2) ? u"f1"_s : u"ks"_s);
    job.spec.numFeatures = 4 + random.bounded(20);
    job.spec.generations = 1 + random.bounded(5);
    job.spec.populationSize = 20;
    job.spec.seed = random.bounded(1000);
    job.spec.maxRuntimeSeconds = 300;
    job.spec.startDate = QDate(2022, 1, 1);
    job.spec.endDate = QDate(2023, 10, 1);
    for (int f = 0, n = random.bounded(6); f < n; ++f)
        job.spec.featuresSelected << u"feature_%1"_s.arg(random.bounded(60));
    job.spec.algorithms = {algorithms.at(random.bounded(int(algorithms.size())))};
    job.tags = {subject.section(u' ', 0, 0).toLower()};
    job.dataPath = u"/home/ana/data/%1.csv"_s.arg(job.spec.featureTableName);

    job.createdAt = start.addSecs(qint64(random.bounded(2 * 365 * 24 * 3600)));
    const int roll = random.bounded(100);
    const JobStatus status =
        roll < 60   ? JobStatus::Finished
        : roll < 75 ? JobStatus::Failed
        : roll < 85 ? JobStatus::Stopped
        : roll < 90
            ? (running == RunningJobs::Included ? JobStatus::Running : JobStatus::Interrupted)
        : roll < 95 ? JobStatus::Pending
        : roll < 98 ? JobStatus::Interrupted
                    : JobStatus::Unknown;
    if (status == JobStatus::Unknown)
        job.setStatusText(u"QUEUED"_s);
    else
        job.setStatus(status);
    if (status != JobStatus::Pending && status != JobStatus::Unknown) {
        job.startedAt = job.createdAt.addSecs(2);
        QDateTime time = job.startedAt;
        const int reached =
            status == JobStatus::Finished ? int(phases.size()) : 1 + random.bounded(4);
        for (int p = 0; p < reached; ++p) {
            time = time.addSecs(1 + random.bounded(300));
            job.timeline << TimelineEntry{phases.at(p), time};
        }
        job.secondaryStatus = job.timeline.constLast().secondaryStatus;
        job.progress = status == JobStatus::Finished ? 1.0 : random.generateDouble();
    }
    if (status == JobStatus::Finished || status == JobStatus::Stopped) {
        job.bestScore =
            regression ? 1000.0 * random.generateDouble() : 0.5 + 0.5 * random.generateDouble();
        job.secondaryStatus = status == JobStatus::Finished ? u"Completed"_s : u"Stopped"_s;
        job.timeline << TimelineEntry{job.secondaryStatus,
                                      job.timeline.constLast().time.addSecs(5)};
        job.endedAt = job.timeline.constLast().time;
        job.artifactDir = u"/home/ana/.local/share/Winnow/jobs/%1"_s.arg(index);
    }
    if (status == JobStatus::Failed) {
        job.failureReason = u"data.csv:%1:4: unterminated quoted field"_s.arg(random.bounded(1000));
        job.endedAt = job.timeline.constLast().time;
    }
    job.updatedAt = job.endedAt.isValid() ? job.endedAt : job.createdAt;
    return job;
}

} // namespace winnow::bench
