#pragma once

#include "models/job_metrics_document.h"
#include "models/job_metrics_rows.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace winnow::models {

// Several trained models' test metrics side by side: one row per metric,
// one column per job after the metric's name. In each row the best value is
// flagged (IsBestRole): the largest, or the smallest for errors; rows of
// counts have no best.
class JobMetricsComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // the value as a double, or the metric's name
        IsBestRole,                  // bool
        KeyRole,                     // the metric entry's key, e.g. "rocAuc"
    };

    struct Job {
        QString id;
        QString name;
        JobMetricsDocument document;
    };

    explicit JobMetricsComparisonModel(QObject* parent = nullptr);

    void setJobs(const QList<Job>& jobs);
    const QList<Job>& jobs() const { return m_jobs; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOfKey(const QString& key) const;
    // The column of the best value in a row, or -1 when none.
    QList<int> bestColumns(int row) const;

private:
    struct Row {
        MetricEntry entry;
        QList<std::optional<double>> values; // one per job
        QList<bool> present;
        QList<bool> best;
    };

    QList<Job> m_jobs;
    QList<Row> m_rows;
};

} // namespace winnow::models
