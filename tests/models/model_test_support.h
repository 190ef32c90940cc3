#pragma once

// Helpers shared by the model tests: a real job store in a temporary folder,
// and jobs in every state.

#include "jobs/job_store.h"
#include "tests/jobs/job_test_support.h"

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace winnow::models::testing {

using jobs::testing::utc;

// An open JobStore on a file of its own.
class StoreFixture {
public:
    StoreFixture()
    {
        m_store =
            std::make_unique<jobs::JobStore>(m_directory.filePath(QStringLiteral("jobs.sqlite")));
        const jobs::Result<void> opened = m_store->open();
        m_error = opened.errorString();
    }

    bool isReady() const { return m_directory.isValid() && m_store->isOpen(); }
    QString error() const { return m_error; }
    jobs::JobStore& store() { return *m_store; }
    QString path() const { return m_store->path(); }

private:
    QTemporaryDir m_directory;
    std::unique_ptr<jobs::JobStore> m_store;
    QString m_error;
};

// A job in `status`, with the times and results a job in that state has.
inline jobs::Job jobIn(jobs::JobStatus status, const QString& name, const QDateTime& created)
{
    jobs::Job job = jobs::testing::sampleJob(name);
    job.setStatus(status);
    job.createdAt = created;
    job.updatedAt = created;
    if (status != jobs::JobStatus::Pending) {
        job.startedAt = created.addSecs(5);
        job.secondaryStatus = QStringLiteral("ModelTuning");
        job.progress = 0.42;
    }
    if (jobs::isTerminal(status)) {
        job.endedAt = job.startedAt.addSecs(125);
        job.progress = status == jobs::JobStatus::Finished ? 1.0 : job.progress;
        job.secondaryStatus =
            status == jobs::JobStatus::Finished ? QStringLiteral("Completed") : job.secondaryStatus;
    }
    if (status == jobs::JobStatus::Finished || status == jobs::JobStatus::Stopped)
        job.bestScore = 0.8125;
    if (status == jobs::JobStatus::Failed)
        job.failureReason = QStringLiteral("churn.csv:12:4: unterminated quoted field");
    return job;
}

// Every signal a model sends that tells of a change in its shape or data.
struct ModelSignals {
    explicit ModelSignals(QAbstractItemModel* model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {}

    void clear()
    {
        inserted.clear();
        removed.clear();
        changed.clear();
        reset.clear();
        layout.clear();
    }

    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;
};

} // namespace winnow::models::testing
