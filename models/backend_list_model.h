#pragma once

#include "jobs/job_query.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace winnow::jobs {
class JobStore;
}

namespace winnow::models {

class BackendRegistry;

// The sidebar's list of places jobs run: "All jobs" first, then this
// computer, then each configured remote service in the order it was set up,
// then any backend the history still has jobs of but that is no longer set
// up. Each row counts its jobs, and its running jobs; the counts follow the
// store's signals.
class BackendListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        BackendIdRole = Qt::UserRole + 1, // QString; empty for "All jobs"
        JobCountRole,                     // int
        RunningCountRole,                 // int
        IsAllJobsRole,                    // bool
        IsConfiguredRole,                 // bool: the backend is set up this session
    };
    Q_ENUM(Role)

    // `store` must be open and outlive the model.
    BackendListModel(jobs::JobStore* store, BackendRegistry* backends, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of backend `id` ("" for All jobs), or -1.
    int rowOf(const QString& backendId) const;
    QString backendIdAt(int row) const;

    // Counts the jobs again now, instead of at the next turn of the event
    // loop; for tests.
    void refreshCounts();

private:
    struct Entry {
        QString id; // empty: all jobs
        int jobs = 0;
        int running = 0;
    };

    void scheduleRefresh();
    void rebuildEntries();
    void onBackendsChanged();
    QList<QString> wantedIds() const;
    QString nameOf(const Entry& entry) const;
    QIcon iconOf(const Entry& entry) const;

    jobs::JobStore* m_store;
    QPointer<BackendRegistry> m_backends;
    jobs::JobCounts m_counts;
    std::vector<Entry> m_entries;
    // Coalesces a burst of store signals into one count.
    QTimer m_refreshTimer;
};

} // namespace winnow::models
