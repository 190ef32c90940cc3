#pragma once

#include "models/job_metrics_document.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace winnow::models {

// The columns of a model's data: the features it reads, with their type,
// their profile (winnow.dataProfile: missing and distinct values, range,
// mean, spread, most frequent values) and their permutation importance,
// and the other columns (target, row id, dropped or unselected ones) with
// the reason they are not features. Model inputs come first, most important
// first.
class JobMetricsFeatureModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UseColumn,
        TypeColumn,
        ImportanceColumn,
        MissingColumn,
        DistinctColumn,
        MinColumn,
        MaxColumn,
        MeanColumn,
        StdColumn,
        TopValuesColumn,
        ColumnCount
    };
    // How the model uses a column.
    enum class Use { Feature, Target, RowId, Dropped, NotSelected };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values; missing numbers sort first
        IsFeatureRole,               // bool: the model reads this column
        ImportanceRole,              // double, or invalid without importance
        // double in [0, 1]: the importance relative to the largest, for bars
        RelativeImportanceRole,
    };

    explicit JobMetricsFeatureModel(QObject* parent = nullptr);

    void setDocument(const JobMetricsDocument& document);
    void clear();
    int featureCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        ProfiledColumn profile;
        Use use = Use::NotSelected;
        std::optional<double> importance;
    };

    QVariant displayValue(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;

    QList<Row> m_rows;
    double m_largestImportance = 0.0;
};

} // namespace winnow::models
