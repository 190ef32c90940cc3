#pragma once

#include "jobs/candidate.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

namespace winnow::jobs {
class JobStore;
}

namespace winnow::models {

// The leaderboard of one job: every candidate pipeline the search evaluated,
// as the JobStore keeps them, growing while the job runs. Rows are in the
// order the engine evaluated the candidates (a sort proxy orders them by
// rank); the best candidate is flagged by IsBestRole.
//
// Rank follows the job's scoring: larger scores rank first, except for
// errors (mse, rmse, mae), where smaller do. Candidates without a score
// (failed or timed out) have no rank. A new candidate may change other rows'
// ranks; those cells are reported with dataChanged.
class CandidateListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        PipelineColumn,
        AlgorithmColumn,
        ScoreColumn,
        FitTimeColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        // The raw value a sort proxy compares: rank, score and fit time as
        // numbers (no rank or score sorts after every value), text otherwise.
        SortRole = Qt::UserRole + 1,
        IsBestRole,    // bool: the best candidate of the job
        IndexRole,     // int: the engine's candidate index
        CandidateRole, // the jobs::Candidate, as a QVariant
    };

    explicit CandidateListModel(jobs::JobStore* store, QObject* parent = nullptr);

    // Shows the candidates of a job (an empty id shows none).
    void setJobId(const QString& jobId);
    QString jobId() const { return m_jobId; }
    // Whether smaller scores are better. It follows the job's scoring; when
    // the spec names none, the job's best score tells, or a caller that
    // knows (from metadata.json) sets it.
    bool smallerIsBetter() const { return m_smallerIsBetter; }
    void setSmallerIsBetter(bool smallerIsBetter);
    // The row of the best candidate, or -1 while none has a score.
    int bestRow() const;
    // The last error reading the store, empty if none.
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Standard scaler → Logistic regression".
    static QString pipelineText(const jobs::Candidate& candidate);

private:
    void reload();
    void onCandidateAdded(const QString& jobId, int candidateIndex);
    void onJobRemoved(const QString& jobId);
    // Recomputes ranks and the best row; reports the rows whose rank or
    // best flag changed.
    void updateRanks();
    QList<int> computeRanks() const;
    bool isBetter(double a, double b) const;
    void inferDirection(std::optional<double> bestScore);

    QPointer<jobs::JobStore> m_store;
    QString m_jobId;
    bool m_smallerIsBetter = false;
    bool m_directionKnown = false;
    QList<jobs::Candidate> m_candidates; // ordered by index
    QList<int> m_ranks;                  // per row; 0 for no rank
    int m_bestRow = -1;
    QString m_error;
};

} // namespace winnow::models

Q_DECLARE_METATYPE(winnow::jobs::Candidate)
