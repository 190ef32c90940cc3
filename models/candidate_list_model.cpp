#include "models/candidate_list_model.h"

#include "jobs/job_store.h"
#include "models/job_metrics_names.h"
#include "models/job_metrics_rows.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace winnow::models {

CandidateListModel::CandidateListModel(jobs::JobStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &jobs::JobStore::candidateAdded, this,
                &CandidateListModel::onCandidateAdded);
        connect(m_store, &jobs::JobStore::jobRemoved, this, &CandidateListModel::onJobRemoved);
    }
}

void CandidateListModel::setJobId(const QString& jobId)
{
    if (jobId == m_jobId && !jobId.isEmpty())
        return;
    m_jobId = jobId;
    reload();
}

void CandidateListModel::reload()
{
    // Another job's leaderboard is a different table altogether: a reset.
    beginResetModel();
    m_candidates.clear();
    m_ranks.clear();
    m_bestRow = -1;
    m_error.clear();
    m_smallerIsBetter = false;
    m_directionKnown = false;
    if (m_store && !m_jobId.isEmpty()) {
        if (jobs::Result<jobs::Job> job = m_store->get(m_jobId); job) {
            m_directionKnown = !job->spec.scoring.isEmpty() || !job->spec.task.isEmpty();
            m_smallerIsBetter = isSmallerBetterScoring(job->spec.scoring, job->spec.task);
            if (jobs::Result<QList<jobs::Candidate>> candidates = m_store->candidates(m_jobId);
                candidates)
                m_candidates = std::move(candidates.value());
            else
                m_error = candidates.errorString();
            if (!m_directionKnown)
                inferDirection(job->bestScore);
        } else if (job.error().kind != jobs::ErrorKind::NotFound) {
            m_error = job.errorString();
        }
    }
    m_ranks = computeRanks();
    m_bestRow = int(std::find(m_ranks.begin(), m_ranks.end(), 1) - m_ranks.begin());
    if (m_bestRow >= m_ranks.size())
        m_bestRow = -1;
    endResetModel();
}

void CandidateListModel::onCandidateAdded(const QString& jobId, int candidateIndex)
{
    if (jobId != m_jobId || !m_store)
        return;
    jobs::Result<QList<jobs::Candidate>> candidates = m_store->candidates(m_jobId);
    if (!candidates) {
        m_error = candidates.errorString();
        return;
    }
    auto fresh = std::find_if(candidates->begin(), candidates->end(),
                              [&](const jobs::Candidate& c) { return c.index == candidateIndex; });
    if (fresh == candidates->end())
        return;

    auto existing =
        std::find_if(m_candidates.begin(), m_candidates.end(),
                     [&](const jobs::Candidate& c) { return c.index == candidateIndex; });
    if (existing != m_candidates.end()) {
        // A resumed run evaluated this index again: the row is replaced.
        const int row = int(existing - m_candidates.begin());
        *existing = *fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        auto position =
            std::lower_bound(m_candidates.begin(), m_candidates.end(), candidateIndex,
                             [](const jobs::Candidate& c, int value) { return c.index < value; });
        const int row = int(position - m_candidates.begin());
        beginInsertRows({}, row, row);
        m_candidates.insert(row, *fresh);
        m_ranks.insert(row, 0);
        if (m_bestRow >= row)
            ++m_bestRow;
        endInsertRows();
    }
    if (!m_directionKnown) {
        if (jobs::Result<jobs::Job> job = m_store->get(m_jobId); job)
            inferDirection(job->bestScore);
    }
    updateRanks();
}

void CandidateListModel::setSmallerIsBetter(bool smallerIsBetter)
{
    m_directionKnown = true;
    if (smallerIsBetter == m_smallerIsBetter)
        return;
    m_smallerIsBetter = smallerIsBetter;
    updateRanks();
    if (!m_candidates.isEmpty()) {
        emit dataChanged(index(0, ScoreColumn), index(rowCount() - 1, ScoreColumn), {SortRole});
    }
    emit headerDataChanged(Qt::Horizontal, ScoreColumn, ScoreColumn);
}

void CandidateListModel::inferDirection(std::optional<double> bestScore)
{
    // A spec that names neither scoring nor task leaves the engine to choose
    // both. The engine's best score then tells the direction: it is the
    // smallest score only when smaller is better.
    if (!bestScore)
        return;
    std::optional<double> smallest, largest;
    for (const jobs::Candidate& candidate : std::as_const(m_candidates)) {
        if (!candidate.score)
            continue;
        smallest = std::min(smallest.value_or(*candidate.score), *candidate.score);
        largest = std::max(largest.value_or(*candidate.score), *candidate.score);
    }
    if (smallest && largest && *smallest != *largest) {
        if (*bestScore == *smallest)
            m_smallerIsBetter = true;
        else if (*bestScore == *largest)
            m_smallerIsBetter = false;
    }
}

void CandidateListModel::onJobRemoved(const QString& jobId)
{
    if (jobId != m_jobId)
        return;
    m_jobId.clear();
    reload();
}

bool CandidateListModel::isBetter(double a, double b) const
{
    return m_smallerIsBetter ? a < b : a > b;
}

QList<int> CandidateListModel::computeRanks() const
{
    // Competition ranking: equal scores share a rank, the next rank skips.
    QList<int> ranks(m_candidates.size(), 0);
    for (int row = 0; row < m_candidates.size(); ++row) {
        const std::optional<double>& score = m_candidates.at(row).score;
        if (!score)
            continue;
        int better = 0;
        for (const jobs::Candidate& other : m_candidates) {
            if (other.score && isBetter(*other.score, *score))
                ++better;
        }
        ranks[row] = better + 1;
    }
    return ranks;
}

void CandidateListModel::updateRanks()
{
    const QList<int> ranks = computeRanks();
    // The best is the first candidate ranked 1, as the engine keeps the
    // earlier of two equal scores.
    int bestRow = -1;
    for (int row = 0; row < ranks.size(); ++row) {
        if (ranks.at(row) == 1) {
            bestRow = row;
            break;
        }
    }
    const int previousBest = m_bestRow;
    QList<int> rankChanged;
    for (int row = 0; row < ranks.size(); ++row) {
        if (ranks.at(row) != m_ranks.value(row, -1))
            rankChanged.append(row);
    }
    m_ranks = ranks;
    m_bestRow = bestRow;
    for (int row : std::as_const(rankChanged)) {
        if (row != bestRow && row != previousBest)
            emit dataChanged(index(row, RankColumn), index(row, RankColumn));
    }
    // The best flag shows on every cell of its row.
    if (previousBest != bestRow) {
        for (int row : {previousBest, bestRow}) {
            if (row >= 0)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    } else if (bestRow >= 0 && rankChanged.contains(bestRow)) {
        emit dataChanged(index(bestRow, RankColumn), index(bestRow, RankColumn));
    }
}

int CandidateListModel::bestRow() const
{
    return m_bestRow;
}

int CandidateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int CandidateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CandidateListModel::pipelineText(const jobs::Candidate& candidate)
{
    QStringList steps;
    for (const QJsonValue& step : candidate.pipeline)
        steps << pipelineStepDisplayName(step.toObject().value(u"name"_s).toString());
    if (steps.isEmpty())
        steps << algorithmDisplayName(candidate.algorithm);
    return steps.join(u" → "_s);
}

namespace {

QString statusText(const QString& status)
{
    if (status == u"Completed"_s)
        return CandidateListModel::tr("Completed");
    if (status == u"Failed"_s)
        return CandidateListModel::tr("Failed");
    if (status == u"TimedOut"_s)
        return CandidateListModel::tr("Timed out");
    return status;
}

QString pipelineToolTip(const jobs::Candidate& candidate)
{
    QStringList lines;
    for (const QJsonValue& value : candidate.pipeline) {
        const QJsonObject step = value.toObject();
        const QJsonObject params = step.value(u"params"_s).toObject();
        QString line = pipelineStepDisplayName(step.value(u"name"_s).toString());
        if (!params.isEmpty()) {
            line += u' ' + QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
        }
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace

QVariant CandidateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const jobs::Candidate& candidate = m_candidates.at(index.row());
    const int rank = m_ranks.value(index.row());
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn: return rank > 0 ? locale.toString(rank) : QString();
        case PipelineColumn: return pipelineText(candidate);
        case AlgorithmColumn: return algorithmDisplayName(candidate.algorithm);
        case ScoreColumn:
            return candidate.score ? formatMetricValue(*candidate.score, false) : QString();
        case FitTimeColumn:
            return candidate.fitSeconds
                       ? tr("%1 s").arg(locale.toString(*candidate.fitSeconds, 'f', 2))
                       : QString();
        case StatusColumn: return statusText(candidate.status);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        // No rank or score sorts after every value in ascending order.
        case RankColumn: return rank > 0 ? rank : std::numeric_limits<int>::max();
        case PipelineColumn: return pipelineText(candidate);
        case AlgorithmColumn: return algorithmDisplayName(candidate.algorithm);
        case ScoreColumn:
            if (candidate.score)
                return *candidate.score;
            return m_smallerIsBetter ? std::numeric_limits<double>::max()
                                     : std::numeric_limits<double>::lowest();
        case FitTimeColumn: return candidate.fitSeconds.value_or(0.0);
        case StatusColumn: return statusText(candidate.status);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PipelineColumn)
            return pipelineToolTip(candidate);
        if (index.column() == StatusColumn && !candidate.message.isEmpty())
            return candidate.message;
        if (index.row() == m_bestRow)
            return tr("The best candidate: its pipeline became the model.");
        return {};
    case Qt::FontRole:
        if (index.row() == m_bestRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case RankColumn:
        case ScoreColumn:
        case FitTimeColumn: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case IsBestRole: return index.row() == m_bestRow;
    case IndexRole: return candidate.index;
    case CandidateRole: return QVariant::fromValue(candidate);
    default: return {};
    }
}

QVariant CandidateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RankColumn: return tr("Rank");
        case PipelineColumn: return tr("Pipeline");
        case AlgorithmColumn: return tr("Algorithm");
        case ScoreColumn: return tr("Score");
        case FitTimeColumn: return tr("Fit time");
        case StatusColumn: return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ScoreColumn:
            return m_smallerIsBetter
                       ? tr("Cross-validated score in the job's scoring; smaller is better.")
                       : tr("Cross-validated score in the job's scoring; larger is better.");
        case FitTimeColumn: return tr("Time spent scoring the candidate on every fold.");
        }
    }
    return {};
}

QHash<int, QByteArray> CandidateListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(IsBestRole, "isBest");
    names.insert(IndexRole, "candidateIndex");
    names.insert(CandidateRole, "candidate");
    return names;
}

} // namespace winnow::models
