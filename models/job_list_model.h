#pragma once

#include "jobs/job.h"
#include "jobs/job_query.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace winnow::jobs {
class JobStore;
}

namespace winnow::models {

class BackendRegistry;
struct HistorySnapshot;

// A row of the job table: the job's summary, its name folded for sorting
// (see searchKey()), what the search box looks in, its status, read once
// from the text, and its times as milliseconds
// (std::numeric_limits<qint64>::min() when unknown): a sort of a long
// history compares them millions of times.
struct JobRow {
    jobs::JobSummary job;
    QString nameKey;
    // The folded name and data table's name, a line each, in UTF-8: a
    // keystroke searches every job's, and a byte search is the fastest there
    // is. UTF-8 cannot match in the middle of a character.
    QByteArray searchText;
    jobs::JobStatus status = jobs::JobStatus::Unknown;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    int row = -1; // where the model shows it now
};

// `text` without case and accents, so that "etude" finds "Étude" and names
// sort as people expect ("Étude" with the E's, not after "z").
QString searchKey(const QString& text);

// Every job in the JobStore, one row each, for the history table.
//
// load() shows the first screenful at once, read on the calling thread, and
// reads the rest of the history on a worker thread with its own connection
// to the store; those rows are appended when they arrive. From then on the
// model follows the store's signals: a job added is a row inserted, a job
// changed is dataChanged() on exactly the columns its changed fields show,
// a job removed is a row removed. The model is never reset.
//
// The model keeps its rows in one order: as they arrived, or, once sort()
// is called, sorted by a column, with jobs added inserted at their place
// and jobs that change moved to theirs. Keeping the order here, rather than
// in a proxy, is what lets a JobFilterProxyModel filter a long history on
// every keystroke without sorting it again each time.
class JobListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    enum Column {
        Name,
        FeatureTable,
        Target,
        Task,
        Scoring,
        Status,
        BestScore,
        Created,
        Updated,
        Duration,
        Backend,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // The column's value as it is, for sorting: a string (a name folded
        // by searchKey()), a QDateTime, a number (a status's rank), or an
        // invalid QVariant when missing.
        SortRole = Qt::UserRole + 1,
        JobIdRole,           // QString
        BackendIdRole,       // QString
        StatusRole,          // int, a jobs::JobStatus
        StatusTextRole,      // QString, as stored ("RUNNING", or a service's own)
        StatusColorRole,     // QColor, see jobStatusColor()
        ProgressRole,        // double, 0..1
        SecondaryStatusRole, // QString, the engine's phase ("ModelTuning")
        FailureReasonRole,   // QString
        ElapsedSecondsRole,  // qint64; invalid before it started or without an end
        RemainingSecondsRole // qint64 while running and known; invalid otherwise
    };
    Q_ENUM(Role)

    enum class LoadState { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(LoadState)

    // `store` must be open and outlive the model. `backends` names the
    // Backend column; without it the column shows backend ids.
    explicit JobListModel(jobs::JobStore* store, BackendRegistry* backends = nullptr,
                          QObject* parent = nullptr);
    ~JobListModel() override;

    // Reads the history: the first `firstScreenRows` jobs in `order` now,
    // the rest in the background (loaded() follows). Call once.
    void load(const jobs::JobSort& order = {}, int firstScreenRows = 100);
    LoadState loadState() const { return m_loadState; }
    // Blocks until a background load has ended; for tests and benchmarks.
    void waitForLoaded();

    // Where "now" comes from for durations and "Today" dates; tests set
    // their own.
    void setClock(Clock clock);

    int rowCount(const QModelIndex& parent = {}) const override;
    // As QAbstractTableModel's, without its two virtual calls: a sort of a
    // long history asks for millions of indexes.
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of job `id`, or -1.
    int rowOf(const QString& id) const;
    const jobs::JobSummary& summaryAt(int row) const { return m_rows[size_t(row)]->job; }
    const QString& nameKeyAt(int row) const { return m_rows[size_t(row)]->nameKey; }
    const QByteArray& searchTextAt(int row) const { return m_rows[size_t(row)]->searchText; }
    jobs::JobStatus statusAt(int row) const { return m_rows[size_t(row)]->status; }
    // Sorts the rows by `column` in `order` (a stable sort: rows equal in
    // that column keep their order) and keeps them so from now on. -1
    // keeps the current order and stops following one.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Jobs whose status is RUNNING.
    int runningCount() const { return int(m_running.size()); }

    // The fields of a job each column shows, and the columns that show any
    // of `fields`, for dataChanged().
    static jobs::JobFields fieldsShownIn(Column column);
    static QList<Column> columnsShowing(jobs::JobFields fields);

signals:
    void loadStateChanged(winnow::models::JobListModel::LoadState state);
    // The whole history is in the model.
    void loaded();
    // The history could not be read; the message says why.
    void loadFailed(const QString& message);
    // A job's status changed from `previous` to `current` (not reported for
    // jobs added or loaded).
    void statusChanged(const QString& id, winnow::jobs::JobStatus previous,
                       winnow::jobs::JobStatus current);
    void runningCountChanged(int count);

private:
    void onJobAdded(const QString& id);
    void onJobChanged(const QString& id, jobs::JobFields fields);
    void onJobRemoved(const QString& id);
    void onHistoryLoaded();
    void onBackendsChanged();
    void tickRunningDurations();

    void appendRows(std::vector<JobRow> rows);
    void insertRowInPlace(JobRow row);
    // Whether `left` comes before `right` in ascending order of `column`;
    // what sorting by SortRole does, without QVariants.
    bool lessThan(const JobRow& left, const JobRow& right, int column) const;
    // Whether `left` comes before `right` in the order the model keeps.
    bool comesBefore(const JobRow& left, const JobRow& right) const;
    // Where a row that belongs after `row`'s equals goes.
    int placeFor(const JobRow& row, int first, int last) const;
    // Moves `row` to its place in the sort order, if it left it.
    void moveIntoPlace(int row);
    // Around reordering m_rows in place: the layout change, and the
    // persistent indexes moved with their rows.
    QModelIndexList beginReorder();
    void endReorder(const QModelIndexList& persistent);
    void emitChanged(int row, const QList<Column>& columns);
    void setLoadState(LoadState state);
    void reindexFrom(int row);
    void reindexRange(int first, int last);
    void noteRunning(const jobs::JobSummary& job);
    void forgetRunning(const QString& id);
    void updateTicking();
    QDateTime now() const;

    QVariant displayValue(const jobs::JobSummary& job, int column) const;
    QVariant sortValue(const jobs::JobSummary& job, int column) const;
    QString toolTip(const jobs::JobSummary& job, int column) const;
    qint64 elapsedSeconds(const jobs::JobSummary& job) const;
    std::optional<qint64> remainingSeconds(const jobs::JobSummary& job) const;

    jobs::JobStore* m_store;
    QPointer<BackendRegistry> m_backends;
    Clock m_clock;

    // Each row on the heap, so that reordering a long history moves
    // pointers, not rows, and a job's row can be found without a lookup
    // that would need updating whenever rows move.
    std::vector<std::unique_ptr<JobRow>> m_rows;
    int m_sortColumn = -1; // -1: as they arrived
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<QString, JobRow*> m_rowOfId;
    // The runtime budget of running jobs (spec.maxRuntimeSeconds), for
    // estimates of the time left; JobSummary does not carry the spec.
    QHash<QString, qint64> m_runtimeBudgets;
    QSet<QString> m_running;
    // Refreshes the Duration of running jobs once a second, only while
    // there are any.
    QTimer m_tickTimer;

    LoadState m_loadState = LoadState::NotLoaded;
    QFutureWatcher<HistorySnapshot>* m_loadWatcher = nullptr;
    // While the background load runs: jobs changed or removed meanwhile,
    // whose rows in the (older) snapshot must not be taken as they are.
    QSet<QString> m_changedWhileLoading;
    QSet<QString> m_removedWhileLoading;
};

// The table columns of a whole job, as JobStore::listAll() gives them.
jobs::JobSummary summaryOf(const jobs::Job& job);

} // namespace winnow::models
