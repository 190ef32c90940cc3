#include "models/job_list_model.h"

#include "jobs/job_store.h"
#include "models/backend_registry.h"
#include "models/job_presentation.h"
#include "models/job_timing.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace winnow::models {

Q_LOGGING_CATEGORY(lcHistory, "winnow.models.history")

// What the worker thread reads: every job's table columns, and the runtime
// budgets of the running ones.
struct HistorySnapshot {
    std::vector<JobRow> rows;
    QHash<QString, qint64> runtimeBudgets;
    QString error;
};

namespace {

using jobs::JobField;
using jobs::JobFields;
using jobs::JobStatus;
using jobs::JobSummary;

constexpr int kTickIntervalMs = 1000;

// Many jobs share their backend, status, phase, task, scoring, data and
// target: one copy of each such string serves every row (QString shares
// its data), which keeps a long history small.
class StringPool {
public:
    void intern(QString& text)
    {
        if (text.isEmpty())
            return;
        const auto found = m_strings.constFind(text);
        if (found != m_strings.constEnd())
            text = *found;
        else
            m_strings.insert(text);
    }

    void intern(JobSummary& job)
    {
        intern(job.backend);
        intern(job.statusText);
        intern(job.secondaryStatus);
        intern(job.task);
        intern(job.scoring);
        intern(job.featureTableName);
        intern(job.targetName);
    }

private:
    QSet<QString> m_strings;
};

JobRow rowFor(JobSummary summary)
{
    JobRow row{std::move(summary), {}, {}, JobStatus::Unknown};
    row.nameKey = searchKey(row.job.displayName);
    row.searchText = (row.nameKey + u'\n' + searchKey(row.job.featureTableName)).toUtf8();
    row.status = row.job.status();
    const auto msecs = [](const QDateTime& time) {
        return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    };
    row.createdMs = msecs(row.job.createdAt);
    row.updatedMs = msecs(row.job.updatedAt);
    return row;
}

// Runs on a worker thread: a store of its own on the same file, since a
// connection belongs to the thread that made it.
HistorySnapshot readHistory(const QString& path)
{
    HistorySnapshot snapshot;
    jobs::JobStore store(path);
    if (jobs::Result<void> opened = store.open(); !opened) {
        snapshot.error = opened.errorString();
        return snapshot;
    }
    jobs::Result<QList<JobSummary>> all = store.listAll();
    if (!all) {
        snapshot.error = all.errorString();
        return snapshot;
    }
    StringPool pool;
    snapshot.rows.reserve(size_t(all->size()));
    for (JobSummary& summary : *all) {
        pool.intern(summary);
        snapshot.rows.push_back(rowFor(std::move(summary)));
    }
    all->clear();

    // Only running jobs need their budget, and there are few of them.
    jobs::JobQuery running;
    running.filter.status = jobs::jobStatusText(JobStatus::Running);
    running.pageSize = 1000;
    do {
        jobs::Result<jobs::JobPage> page = store.list(running);
        if (!page)
            break; // estimates without budgets are still estimates
        for (const jobs::Job& job : std::as_const(page->jobs)) {
            if (job.spec.maxRuntimeSeconds)
                snapshot.runtimeBudgets.insert(job.id, *job.spec.maxRuntimeSeconds);
        }
        running.pageToken = page->nextPageToken;
    } while (!running.pageToken.isEmpty());
    return snapshot;
}

template <typename T>
int compareValues(const T& left, const T& right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

template <typename T>
int compareOptionals(const std::optional<T>& left, const std::optional<T>& right)
{
    if (left.has_value() != right.has_value())
        return left ? 1 : -1;
    return left ? compareValues(*left, *right) : 0;
}

} // namespace

QString searchKey(const QString& text)
{
    // Decompose, drop the accents, fold the case.
    QString key = text.normalized(QString::NormalizationForm_D);
    key.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return key.toCaseFolded();
}

JobSummary summaryOf(const jobs::Job& job)
{
    JobSummary summary;
    summary.id = job.id;
    summary.backend = job.backend;
    summary.remoteId = job.remoteId;
    summary.displayName = job.displayName();
    summary.statusText = job.statusText();
    summary.secondaryStatus = job.secondaryStatus;
    summary.progress = job.progress;
    summary.bestScore = job.bestScore;
    summary.task = job.spec.task;
    summary.scoring = job.spec.scoring;
    summary.featureTableName = job.spec.featureTableName;
    summary.targetName = job.spec.targetName;
    summary.failureReason = job.failureReason;
    summary.createdAt = job.createdAt;
    summary.updatedAt = job.updatedAt;
    summary.startedAt = job.startedAt;
    summary.endedAt = job.endedAt;
    return summary;
}

JobListModel::JobListModel(jobs::JobStore* store, BackendRegistry* backends, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_backends(backends)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    Q_ASSERT(store);
    m_tickTimer.setInterval(kTickIntervalMs);
    m_tickTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_tickTimer, &QTimer::timeout, this, &JobListModel::tickRunningDurations);

    connect(m_store, &jobs::JobStore::jobAdded, this, &JobListModel::onJobAdded);
    connect(m_store, &jobs::JobStore::jobChanged, this, &JobListModel::onJobChanged);
    connect(m_store, &jobs::JobStore::jobRemoved, this, &JobListModel::onJobRemoved);
    if (m_backends) {
        connect(m_backends, &BackendRegistry::backendAdded, this, &JobListModel::onBackendsChanged);
        connect(m_backends, &BackendRegistry::backendRemoved, this,
                &JobListModel::onBackendsChanged);
    }
}

JobListModel::~JobListModel()
{
    // The worker cannot be interrupted in the middle of a query; its result
    // is simply dropped. Waiting here keeps its store from outliving the app.
    if (m_loadWatcher)
        m_loadWatcher->waitForFinished();
}

void JobListModel::load(const jobs::JobSort& order, int firstScreenRows)
{
    if (m_loadState != LoadState::NotLoaded)
        return;

    jobs::JobQuery firstScreen;
    firstScreen.sort = order;
    firstScreen.pageSize = std::clamp(firstScreenRows, 1, 1000);
    jobs::Result<jobs::JobPage> page = m_store->list(firstScreen);
    if (!page) {
        qCWarning(lcHistory) << "could not read the job history:" << page.errorString();
        setLoadState(LoadState::Failed);
        emit loadFailed(page.errorString());
        return;
    }
    std::vector<JobRow> rows;
    rows.reserve(size_t(page->jobs.size()));
    for (const jobs::Job& job : std::as_const(page->jobs)) {
        if (job.spec.maxRuntimeSeconds)
            m_runtimeBudgets.insert(job.id, *job.spec.maxRuntimeSeconds);
        rows.push_back(rowFor(summaryOf(job)));
    }
    appendRows(std::move(rows));

    if (page->nextPageToken.isEmpty()) {
        setLoadState(LoadState::Loaded);
        emit loaded();
        return;
    }

    setLoadState(LoadState::Loading);
    m_loadWatcher = new QFutureWatcher<HistorySnapshot>(this);
    connect(m_loadWatcher, &QFutureWatcher<HistorySnapshot>::finished, this,
            &JobListModel::onHistoryLoaded);
    m_loadWatcher->setFuture(QtConcurrent::run(readHistory, m_store->path()));
}

void JobListModel::waitForLoaded()
{
    if (!m_loadWatcher)
        return;
    m_loadWatcher->waitForFinished();
    // The watcher's finished() is queued; deliver it now.
    if (m_loadState == LoadState::Loading)
        onHistoryLoaded();
}

void JobListModel::onHistoryLoaded()
{
    if (!m_loadWatcher || m_loadState != LoadState::Loading)
        return;
    // Moved out, not copied: it may hold a hundred thousand rows.
    HistorySnapshot snapshot = m_loadWatcher->future().takeResult();
    m_loadWatcher->deleteLater();
    m_loadWatcher = nullptr;

    if (!snapshot.error.isEmpty()) {
        qCWarning(lcHistory) << "could not read the job history:" << snapshot.error;
        m_changedWhileLoading.clear();
        m_removedWhileLoading.clear();
        setLoadState(LoadState::Failed);
        emit loadFailed(snapshot.error);
        return;
    }

    // Rows already here (the first screen, jobs added or changed since) are
    // newer than the snapshot; jobs changed or removed while it was read
    // may be older in it, so those are read again.
    std::vector<JobRow> rows;
    rows.reserve(snapshot.rows.size());
    for (JobRow& row : snapshot.rows) {
        const QString& id = row.job.id;
        if (m_rowOfId.contains(id) || m_removedWhileLoading.contains(id))
            continue;
        if (m_changedWhileLoading.contains(id)) {
            jobs::Result<jobs::Job> fresh = m_store->get(id);
            if (!fresh)
                continue; // gone since
            row = rowFor(summaryOf(*fresh));
        }
        rows.push_back(std::move(row));
    }
    snapshot.rows.clear();
    m_changedWhileLoading.clear();
    m_removedWhileLoading.clear();
    for (auto it = snapshot.runtimeBudgets.cbegin(); it != snapshot.runtimeBudgets.cend(); ++it)
        m_runtimeBudgets.insert(it.key(), it.value());

    appendRows(std::move(rows));
    setLoadState(LoadState::Loaded);
    emit loaded();
}

void JobListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime JobListModel::now() const
{
    return m_clock();
}

void JobListModel::setLoadState(LoadState state)
{
    if (m_loadState == state)
        return;
    m_loadState = state;
    emit loadStateChanged(state);
}

// --- Following the store ----------------------------------------------------------

void JobListModel::onJobAdded(const QString& id)
{
    if (m_rowOfId.contains(id))
        return;
    jobs::Result<jobs::Job> job = m_store->get(id);
    if (!job) {
        qCWarning(lcHistory) << "a new job could not be read:" << job.errorString();
        return;
    }
    if (job->spec.maxRuntimeSeconds)
        m_runtimeBudgets.insert(id, *job->spec.maxRuntimeSeconds);
    std::vector<JobRow> rows;
    rows.push_back(rowFor(summaryOf(*job)));
    appendRows(std::move(rows));
}

void JobListModel::onJobChanged(const QString& id, JobFields fields)
{
    const int row = rowOf(id);
    if (row < 0) {
        if (m_loadState == LoadState::Loading)
            m_changedWhileLoading.insert(id);
        else if (m_loadState == LoadState::Loaded)
            onJobAdded(id); // a job we missed; better late than never
        return;
    }
    jobs::Result<jobs::Job> job = m_store->get(id);
    if (!job) {
        qCWarning(lcHistory) << "a changed job could not be read:" << job.errorString();
        return;
    }
    if (fields.testFlag(JobField::Spec)) {
        if (job->spec.maxRuntimeSeconds)
            m_runtimeBudgets.insert(id, *job->spec.maxRuntimeSeconds);
        else
            m_runtimeBudgets.remove(id);
    }

    JobRow& current = *m_rows[size_t(row)]; // stays this job's, wherever it moves
    const JobStatus previous = current.job.status();
    current = rowFor(summaryOf(*job));
    current.row = row;
    const JobStatus status = current.job.status();

    moveIntoPlace(row);
    emitChanged(current.row, columnsShowing(fields));

    if (status != previous) {
        if (status == JobStatus::Running)
            noteRunning(current.job);
        else
            forgetRunning(id);
        emit statusChanged(id, previous, status);
    } else if (status == JobStatus::Running) {
        updateTicking(); // a start time may have arrived
    }
}

void JobListModel::onJobRemoved(const QString& id)
{
    if (m_loadState == LoadState::Loading)
        m_removedWhileLoading.insert(id);
    m_changedWhileLoading.remove(id);
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rowOfId.remove(id);
    m_rows.erase(m_rows.begin() + row);
    reindexFrom(row);
    m_runtimeBudgets.remove(id);
    endRemoveRows();
    forgetRunning(id);
}

void JobListModel::onBackendsChanged()
{
    if (m_rows.empty())
        return;
    emit dataChanged(index(0, Backend), index(rowCount() - 1, Backend));
    if (m_sortColumn == Backend)
        sort(m_sortColumn, m_sortOrder); // a service renamed sorts elsewhere
}

void JobListModel::tickRunningDurations()
{
    for (const QString& id : std::as_const(m_running)) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        if (m_sortColumn == Duration)
            moveIntoPlace(row); // a running job's duration grows past others'
        emitChanged(rowOf(id), {Duration});
    }
}

// --- Bookkeeping ---------------------------------------------------------------------

void JobListModel::appendRows(std::vector<JobRow> rows)
{
    if (rows.empty())
        return;
    if (m_sortColumn >= 0 && rows.size() == 1 && !m_rows.empty()) {
        insertRowInPlace(std::move(rows.front()));
        return;
    }
    if (m_sortColumn >= 0)
        std::stable_sort(rows.begin(), rows.end(),
                         [this](const JobRow& a, const JobRow& b) { return comesBefore(a, b); });
    const int first = rowCount();
    const int last = first + int(rows.size()) - 1;
    const int runningBefore = runningCount();
    beginInsertRows({}, first, last);
    m_rows.reserve(m_rows.size() + rows.size());
    m_rowOfId.reserve(qsizetype(m_rows.size() + rows.size()));
    for (JobRow& row : rows) {
        row.row = int(m_rows.size());
        if (row.job.status() == JobStatus::Running)
            m_running.insert(row.job.id);
        auto& added = m_rows.emplace_back(std::make_unique<JobRow>(std::move(row)));
        m_rowOfId.insert(added->job.id, added.get());
    }
    endInsertRows();
    // A page of the history usually arrives in the order shown already;
    // when not, the two sorted runs are merged, in one layout change.
    if (m_sortColumn >= 0 && first > 0 &&
        comesBefore(*m_rows[size_t(first)], *m_rows[size_t(first - 1)])) {
        const QModelIndexList persistent = beginReorder();
        std::inplace_merge(m_rows.begin(), m_rows.begin() + first, m_rows.end(),
                           [this](const auto& a, const auto& b) { return comesBefore(*a, *b); });
        endReorder(persistent);
    }
    if (runningCount() != runningBefore) {
        updateTicking();
        emit runningCountChanged(runningCount());
    }
}

void JobListModel::insertRowInPlace(JobRow row)
{
    const int at = placeFor(row, 0, rowCount());
    const bool running = row.job.status() == JobStatus::Running;
    beginInsertRows({}, at, at);
    const auto inserted =
        m_rows.insert(m_rows.begin() + at, std::make_unique<JobRow>(std::move(row)));
    m_rowOfId.insert((*inserted)->job.id, inserted->get());
    reindexFrom(at);
    endInsertRows();
    if (running)
        noteRunning(m_rows[size_t(at)]->job);
}

// --- Keeping the order ----------------------------------------------------------------

void JobListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    const auto inOrder = [this](const auto& a, const auto& b) { return comesBefore(*a, *b); };
    // The view asks twice for the same order when a header is clicked.
    if (m_sortColumn < 0 || std::is_sorted(m_rows.begin(), m_rows.end(), inOrder))
        return;
    const QModelIndexList persistent = beginReorder();
    std::stable_sort(m_rows.begin(), m_rows.end(), inOrder);
    endReorder(persistent);
}

bool JobListModel::comesBefore(const JobRow& left, const JobRow& right) const
{
    return m_sortOrder == Qt::AscendingOrder ? lessThan(left, right, m_sortColumn)
                                             : lessThan(right, left, m_sortColumn);
}

int JobListModel::placeFor(const JobRow& row, int first, int last) const
{
    const auto begin = m_rows.begin();
    return int(
        std::upper_bound(begin + first, begin + last, row,
                         [this](const JobRow& value, const std::unique_ptr<JobRow>& element) {
                             return comesBefore(value, *element);
                         }) -
        begin);
}

void JobListModel::moveIntoPlace(int row)
{
    if (m_sortColumn < 0)
        return;
    const JobRow& moving = *m_rows[size_t(row)];
    const int count = rowCount();
    if (row > 0 && comesBefore(moving, *m_rows[size_t(row - 1)])) {
        const int to = placeFor(moving, 0, row);
        beginMoveRows({}, row, row, {}, to);
        std::rotate(m_rows.begin() + to, m_rows.begin() + row, m_rows.begin() + row + 1);
        reindexRange(to, row);
        endMoveRows();
    } else if (row + 1 < count && comesBefore(*m_rows[size_t(row + 1)], moving)) {
        // Qt counts the destination before the move: the row lands at to - 1.
        const int to = placeFor(moving, row + 1, count);
        beginMoveRows({}, row, row, {}, to);
        std::rotate(m_rows.begin() + row, m_rows.begin() + row + 1, m_rows.begin() + to);
        reindexRange(row, to - 1);
        endMoveRows();
    }
}

QModelIndexList JobListModel::beginReorder()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    return persistentIndexList();
}

void JobListModel::endReorder(const QModelIndexList& persistent)
{
    // Each row still knows its old place until it is given its new one.
    std::vector<int> newRowOf(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i)
        newRowOf[size_t(m_rows[i]->row)] = int(i);
    reindexFrom(0);

    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const QModelIndex& index : persistent)
        moved.append(this->index(newRowOf[size_t(index.row())], index.column()));
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void JobListModel::emitChanged(int row, const QList<Column>& columns)
{
    // One signal per run of adjacent columns: exactly the cells that changed.
    for (qsizetype i = 0; i < columns.size();) {
        qsizetype j = i;
        while (j + 1 < columns.size() && columns.at(j + 1) == columns.at(j) + 1)
            ++j;
        emit dataChanged(index(row, columns.at(i)), index(row, columns.at(j)));
        i = j + 1;
    }
}

void JobListModel::reindexFrom(int row)
{
    reindexRange(row, rowCount() - 1);
}

void JobListModel::reindexRange(int first, int last)
{
    for (int r = first; r <= last; ++r)
        m_rows[size_t(r)]->row = r;
}

void JobListModel::noteRunning(const JobSummary& job)
{
    if (m_running.contains(job.id))
        return;
    m_running.insert(job.id);
    updateTicking();
    emit runningCountChanged(runningCount());
}

void JobListModel::forgetRunning(const QString& id)
{
    if (!m_running.remove(id))
        return;
    updateTicking();
    emit runningCountChanged(runningCount());
}

void JobListModel::updateTicking()
{
    // Without a running job the model does nothing at all while idle.
    if (m_running.isEmpty())
        m_tickTimer.stop();
    else if (!m_tickTimer.isActive())
        m_tickTimer.start();
}

int JobListModel::rowOf(const QString& id) const
{
    const JobRow* row = m_rowOfId.value(id, nullptr);
    return row ? row->row : -1;
}

// --- Columns and fields ---------------------------------------------------------------

JobFields JobListModel::fieldsShownIn(Column column)
{
    switch (column) {
    // The display name falls back on the data and target, which are spec.
    case Name: return JobField::Name | JobField::Spec;
    case FeatureTable:
    case Target:
    case Task:
    case Scoring: return JobField::Spec;
    // The badge, the progress bar, the phase, and the tooltip's failure
    // reason and time estimates.
    case Status:
        return JobField::Status | JobField::SecondaryStatus | JobField::Progress |
               JobField::FailureReason | JobField::StartedAt | JobField::Spec;
    // The tooltip names the scoring.
    case BestScore: return JobField::BestScore | JobField::Spec;
    case Created: return JobField::CreatedAt;
    case Updated: return JobField::UpdatedAt;
    case Duration: return JobField::Status | JobField::StartedAt | JobField::EndedAt;
    // The tooltip gives the id on the service.
    case Backend: return JobField::RemoteId;
    case ColumnCount: break;
    }
    return {};
}

QList<JobListModel::Column> JobListModel::columnsShowing(JobFields fields)
{
    QList<Column> columns;
    for (int c = 0; c < ColumnCount; ++c) {
        if (fieldsShownIn(Column(c)) & fields)
            columns << Column(c);
    }
    return columns;
}

// --- Data --------------------------------------------------------------------------------

int JobListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QModelIndex JobListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size()) ||
        column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int JobListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 JobListModel::elapsedSeconds(const JobSummary& job) const
{
    // What jobTiming() says, worked out here without building a Job: sorting
    // by duration asks for it a few million times.
    if (!job.startedAt.isValid())
        return -1;
    const QDateTime end = job.status() == JobStatus::Running ? now() : job.endedAt;
    return end.isValid() ? std::max<qint64>(0, job.startedAt.secsTo(end)) : -1;
}

std::optional<qint64> JobListModel::remainingSeconds(const JobSummary& job) const
{
    const auto budget = m_runtimeBudgets.constFind(job.id);
    const std::optional<qint64> max =
        budget != m_runtimeBudgets.constEnd() ? std::optional<qint64>(*budget) : std::nullopt;
    return jobTiming(job, max, now()).remainingSeconds;
}

QVariant JobListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobSummary& job = m_rows[size_t(index.row())]->job;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole: return displayValue(job, column);
    case Qt::ToolTipRole: return toolTip(job, column);
    case Qt::AccessibleTextRole: {
        if (column == Status && job.status() == JobStatus::Running) {
            return tr("%1, %2, %3 percent")
                .arg(jobStatusLabel(job.status(), job.statusText), job.secondaryStatus)
                .arg(qRound(job.progress * 100));
        }
        return displayValue(job, column);
    }
    case Qt::TextAlignmentRole:
        if (column == BestScore || column == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        // A name sorts by its folded form, the way the model orders it.
        if (column == Name)
            return m_rows[size_t(index.row())]->nameKey;
        return sortValue(job, column);
    case JobIdRole: return job.id;
    case BackendIdRole: return job.backend;
    case StatusRole: return int(job.status());
    case StatusTextRole: return job.statusText;
    case StatusColorRole: return jobStatusColor(job.status());
    case ProgressRole: return job.progress;
    case SecondaryStatusRole: return job.secondaryStatus;
    case FailureReasonRole: return job.failureReason;
    case ElapsedSecondsRole: {
        const qint64 elapsed = elapsedSeconds(job);
        return elapsed >= 0 ? QVariant(elapsed) : QVariant();
    }
    case RemainingSecondsRole: {
        const std::optional<qint64> left = remainingSeconds(job);
        return left ? QVariant(*left) : QVariant();
    }
    default: break;
    }
    return {};
}

QVariant JobListModel::displayValue(const JobSummary& job, int column) const
{
    switch (column) {
    case Name: return job.displayName;
    // A local job's data is a file: its name says enough in a column (the
    // tooltip has the whole path); a service's feature table is a name.
    case FeatureTable:
        return job.featureTableName.contains(u'/') ? QFileInfo(job.featureTableName).fileName()
                                                   : job.featureTableName;
    case Target: return job.targetName;
    case Task: return taskLabel(job.task);
    case Scoring: return scoringLabel(job.scoring);
    case Status: return jobStatusLabel(job.status(), job.statusText);
    case BestScore: return job.bestScore ? formatScore(*job.bestScore) : QString();
    case Created: return formatTimestamp(job.createdAt, now());
    case Updated: return formatTimestamp(job.updatedAt, now());
    case Duration: {
        const qint64 elapsed = elapsedSeconds(job);
        return elapsed >= 0 ? formatDuration(elapsed) : QString();
    }
    case Backend:
        if (m_backends)
            return m_backends->displayName(job.backend);
        return job.backend == jobs::localBackendId() ? localBackendDisplayName() : job.backend;
    default: break;
    }
    return {};
}

QVariant JobListModel::sortValue(const JobSummary& job, int column) const
{
    switch (column) {
    case Name: return job.displayName;
    case FeatureTable: return job.featureTableName;
    case Target: return job.targetName;
    case Task: return job.task;
    case Scoring: return job.scoring;
    case Status: return jobStatusRank(job.status());
    case BestScore: return job.bestScore ? QVariant(*job.bestScore) : QVariant();
    case Created: return job.createdAt;
    case Updated: return job.updatedAt;
    case Duration: {
        const qint64 elapsed = elapsedSeconds(job);
        return elapsed >= 0 ? QVariant(elapsed) : QVariant();
    }
    case Backend: return displayValue(job, Backend);
    default: break;
    }
    return {};
}

bool JobListModel::lessThan(const JobRow& rowA, const JobRow& rowB, int column) const
{
    const JobSummary& a = rowA.job;
    const JobSummary& b = rowB.job;
    int order = 0;
    switch (column) {
    case Name:
        order = rowA.nameKey.compare(rowB.nameKey);
        if (order == 0)
            order = a.displayName.compare(b.displayName);
        break;
    case FeatureTable:
        order = a.featureTableName.compare(b.featureTableName, Qt::CaseInsensitive);
        break;
    case Target: order = a.targetName.compare(b.targetName, Qt::CaseInsensitive); break;
    case Task: order = a.task.compare(b.task, Qt::CaseInsensitive); break;
    case Scoring: order = a.scoring.compare(b.scoring, Qt::CaseInsensitive); break;
    case Status:
        order = compareValues(jobStatusRank(rowA.status), jobStatusRank(rowB.status));
        if (order == 0)
            order = a.statusText.compare(b.statusText);
        break;
    case BestScore: order = compareOptionals(a.bestScore, b.bestScore); break;
    case Created: order = compareValues(rowA.createdMs, rowB.createdMs); break;
    case Updated: order = compareValues(rowA.updatedMs, rowB.updatedMs); break;
    case Duration: order = compareValues(elapsedSeconds(a), elapsedSeconds(b)); break;
    case Backend:
        order = a.backend == b.backend
                    ? 0
                    : displayValue(a, Backend)
                          .toString()
                          .compare(displayValue(b, Backend).toString(), Qt::CaseInsensitive);
        break;
    default: break;
    }
    // Equal values keep the newest job first, whatever the column.
    if (order == 0)
        order = compareValues(rowB.createdMs, rowA.createdMs);
    return order < 0;
}

QString JobListModel::toolTip(const JobSummary& job, int column) const
{
    switch (column) {
    case Name:
    case FeatureTable:
    case Target: {
        QString tip = job.displayName;
        if (!job.featureTableName.isEmpty())
            tip += u'\n' + tr("Data: %1").arg(job.featureTableName);
        if (!job.targetName.isEmpty())
            tip += u'\n' + tr("Target: %1").arg(job.targetName);
        return tip;
    }
    case Status: {
        const QString label = jobStatusLabel(job.status(), job.statusText);
        switch (job.status()) {
        case JobStatus::Running: {
            QStringList lines;
            lines << (job.secondaryStatus.isEmpty()
                          ? tr("%1 — %2 %").arg(label).arg(qRound(job.progress * 100))
                          : tr("%1 — %2, %3 %")
                                .arg(label, job.secondaryStatus)
                                .arg(qRound(job.progress * 100)));
            const qint64 elapsed = elapsedSeconds(job);
            if (elapsed >= 0)
                lines << tr("Elapsed: %1").arg(formatDuration(elapsed));
            if (const std::optional<qint64> left = remainingSeconds(job))
                lines << tr("Time left: about %1").arg(formatDuration(*left));
            return lines.join(u'\n');
        }
        case JobStatus::Failed:
            return job.failureReason.isEmpty() ? label : tr("%1: %2").arg(label, job.failureReason);
        default:
            if (!job.secondaryStatus.isEmpty() && job.status() != JobStatus::Finished)
                return tr("%1 — %2").arg(label, job.secondaryStatus);
            return label;
        }
    }
    case BestScore:
        if (!job.bestScore)
            return tr("No score yet");
        return tr("Best %1: %2")
            .arg(scoringLabel(job.scoring), QLocale().toString(*job.bestScore, 'g', 10));
    case Created: return QLocale().toString(job.createdAt.toLocalTime(), QLocale::LongFormat);
    case Updated: return QLocale().toString(job.updatedAt.toLocalTime(), QLocale::LongFormat);
    case Backend:
        if (!job.remoteId.isEmpty())
            return tr("%1, job %2").arg(displayValue(job, Backend).toString(), job.remoteId);
        return displayValue(job, Backend).toString();
    default: break;
    }
    return displayValue(job, column).toString();
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Name");
        case FeatureTable: return tr("Data");
        case Target: return tr("Target");
        case Task: return tr("Task");
        case Scoring: return tr("Scoring");
        case Status: return tr("Status");
        case BestScore: return tr("Best Score");
        case Created: return tr("Created");
        case Updated: return tr("Updated");
        case Duration: return tr("Duration");
        case Backend: return tr("Backend");
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (section == BestScore || section == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FeatureTable: return tr("The table the job trains on");
        case Target: return tr("The column the models predict");
        case BestScore: return tr("The best model's score, in the job's scoring");
        case Duration: return tr("How long the job ran, or has been running");
        case Backend: return tr("Where the job runs");
        default: break;
        }
    }
    return {};
}

QHash<int, QByteArray> JobListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(JobIdRole, "jobId");
    names.insert(BackendIdRole, "backendId");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(StatusColorRole, "statusColor");
    names.insert(ProgressRole, "progress");
    names.insert(SecondaryStatusRole, "secondaryStatus");
    names.insert(FailureReasonRole, "failureReason");
    names.insert(ElapsedSecondsRole, "elapsedSeconds");
    names.insert(RemainingSecondsRole, "remainingSeconds");
    return names;
}

} // namespace winnow::models
