#pragma once

#include "jobs/job.h"
#include "models/job_search_index.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

namespace winnow::models {

class JobListModel;

// The jobs the history table shows, in the order it shows them: filtered by
// name, status, creation date and backend. Over a JobListModel, sorting is
// the source's: sort() asks it to keep its rows in that order, so a change
// of filter is one pass over the rows, with no sort after it. Over another
// model, it sorts as QSortFilterProxyModel does. Filtering is dynamic, so a
// job that changes goes in or out of view, while the selection (kept in
// persistent indexes) stays on the same jobs.
class JobFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit JobFilterProxyModel(QObject* parent = nullptr);

    // Jobs whose name or data table contains `text`, ignoring case (and
    // accents, in names). Empty: every job.
    void setNameFilter(const QString& text);
    QString nameFilter() const { return m_name; }
    // Jobs in one of `statuses`. Empty: every status.
    void setStatusFilter(const QSet<jobs::JobStatus>& statuses);
    QSet<jobs::JobStatus> statusFilter() const { return m_statuses; }
    // Jobs created on `from` .. `to`, both included, in local time; an
    // invalid date leaves that end open.
    void setCreatedRange(const QDate& from, const QDate& to);
    QDate createdFrom() const { return m_from; }
    QDate createdTo() const { return m_to; }
    // Jobs of one backend ("local", a service's id). Empty: every backend.
    void setBackendFilter(const QString& backendId);
    QString backendFilter() const { return m_backend; }

    void clearFilters();
    // Whether any filter hides jobs (the backend choice aside, which the
    // sidebar shows).
    bool hasActiveFilters() const;

    // The job shown in proxy row `row`.
    QString jobIdAt(int row) const;
    // The proxy index of job `id` in `column`, or an invalid index when the
    // job is filtered out or unknown.
    QModelIndex indexOfJob(const QString& id, int column = 0) const;

    void setSourceModel(QAbstractItemModel* model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void applyFilterChange();
    // Drops the search index and the matches found with it: the rows they
    // describe are about to change.
    void forgetSearchIndex();
    const JobListModel* jobModel() const { return m_jobModel; }

    QString m_name;
    QByteArray m_nameKey; // m_name as searchKey() folds it, in UTF-8
    QSet<jobs::JobStatus> m_statuses;
    QDate m_from;
    QDate m_to;
    QString m_backend;
    // The source as a JobListModel, or null: looked up once, not once per
    // row of a filter pass.
    JobListModel* m_jobModel = nullptr;
    // Bounds of the creation date range as UTC milliseconds, computed once
    // per change rather than once per row.
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    // Built on the first keystroke after the rows changed, and kept while
    // they do not; m_nameMatches says, per source row, whether it matches
    // the search text (empty: not known, search row by row).
    JobSearchIndex m_searchIndex;
    std::vector<char> m_nameMatches;
};

} // namespace winnow::models
