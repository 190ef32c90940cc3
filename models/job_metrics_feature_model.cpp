#include "models/job_metrics_feature_model.h"

#include "models/job_metrics_rows.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace winnow::models {

namespace {

QString typeText(const QString& type)
{
    if (type == u"numeric"_s)
        return JobMetricsFeatureModel::tr("Numeric");
    if (type == u"boolean"_s)
        return JobMetricsFeatureModel::tr("Boolean");
    if (type == u"categorical"_s)
        return JobMetricsFeatureModel::tr("Categorical");
    if (type == u"datetime"_s)
        return JobMetricsFeatureModel::tr("Date and time");
    return type;
}

QString useText(JobMetricsFeatureModel::Use use)
{
    using Use = JobMetricsFeatureModel::Use;
    switch (use) {
    case Use::Feature: return JobMetricsFeatureModel::tr("Feature");
    case Use::Target: return JobMetricsFeatureModel::tr("Target");
    case Use::RowId: return JobMetricsFeatureModel::tr("Row id");
    case Use::Dropped: return JobMetricsFeatureModel::tr("Dropped: constant or empty");
    case Use::NotSelected: return JobMetricsFeatureModel::tr("Not used");
    }
    return {};
}

QString numberText(const std::optional<double>& value)
{
    return value ? formatMetricValue(*value, false) : QString();
}

} // namespace

JobMetricsFeatureModel::JobMetricsFeatureModel(QObject* parent) : QAbstractTableModel(parent) {}

void JobMetricsFeatureModel::setDocument(const JobMetricsDocument& document)
{
    QList<Row> rows;
    const QString idColumn = document.spec.value(u"idColumn"_s).toString();
    for (const ProfiledColumn& profile : document.dataProfile) {
        Row row;
        row.profile = profile;
        if (document.features.contains(profile.name))
            row.use = Use::Feature;
        else if (profile.name == document.targetName)
            row.use = Use::Target;
        else if (!idColumn.isEmpty() && profile.name == idColumn)
            row.use = Use::RowId;
        else if (document.droppedFeatures.contains(profile.name))
            row.use = Use::Dropped;
        row.importance = document.importanceOf(profile.name);
        rows.append(row);
    }
    // A feature the profile does not describe still belongs in the list.
    for (const QString& feature : document.features) {
        auto known = std::find_if(rows.begin(), rows.end(),
                                  [&](const Row& row) { return row.profile.name == feature; });
        if (known == rows.end()) {
            Row row;
            row.profile.name = feature;
            row.use = Use::Feature;
            row.importance = document.importanceOf(feature);
            rows.append(row);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.use != b.use)
            return int(a.use) < int(b.use);
        return a.importance.value_or(-INFINITY) > b.importance.value_or(-INFINITY);
    });

    beginResetModel();
    m_rows = std::move(rows);
    m_largestImportance = 0.0;
    for (const Row& row : std::as_const(m_rows))
        m_largestImportance = std::max(m_largestImportance, row.importance.value_or(0.0));
    endResetModel();
}

void JobMetricsFeatureModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_largestImportance = 0.0;
    endResetModel();
}

int JobMetricsFeatureModel::featureCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row& row) { return row.use == Use::Feature; }));
}

int JobMetricsFeatureModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobMetricsFeatureModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobMetricsFeatureModel::displayValue(const Row& row, int column) const
{
    const ProfiledColumn& profile = row.profile;
    const QLocale locale;
    switch (column) {
    case NameColumn: return profile.name;
    case UseColumn: return useText(row.use);
    case TypeColumn: return typeText(profile.type);
    case ImportanceColumn: return numberText(row.importance);
    case MissingColumn:
        return profile.type.isEmpty() ? QString() : locale.toString(profile.missing);
    case DistinctColumn: return profile.distinct ? locale.toString(*profile.distinct) : QString();
    case MinColumn: return numberText(profile.min);
    case MaxColumn: return numberText(profile.max);
    case MeanColumn: return numberText(profile.mean);
    case StdColumn: return numberText(profile.std);
    case TopValuesColumn: {
        QStringList values;
        for (const ProfiledColumn::TopValue& top : profile.topValues)
            values << tr("%1 (%2)").arg(top.value, locale.toString(top.count));
        return values.join(u", "_s);
    }
    }
    return {};
}

QVariant JobMetricsFeatureModel::sortValue(const Row& row, int column) const
{
    const ProfiledColumn& profile = row.profile;
    auto number = [](const std::optional<double>& value) {
        return value.value_or(-std::numeric_limits<double>::infinity());
    };
    switch (column) {
    case UseColumn: return int(row.use);
    case ImportanceColumn: return number(row.importance);
    case MissingColumn: return profile.missing;
    case DistinctColumn: return profile.distinct.value_or(-1);
    case MinColumn: return number(profile.min);
    case MaxColumn: return number(profile.max);
    case MeanColumn: return number(profile.mean);
    case StdColumn: return number(profile.std);
    default: return displayValue(row, column);
    }
}

QVariant JobMetricsFeatureModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayValue(row, index.column());
    case SortRole: return sortValue(row, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case NameColumn:
        case UseColumn:
        case TypeColumn:
        case TopValuesColumn: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        default: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        if (index.column() == ImportanceColumn && row.importance)
            return tr("The test score lost when this column's values are shuffled.");
        if (index.column() == TopValuesColumn)
            return displayValue(row, index.column());
        return {};
    case IsFeatureRole: return row.use == Use::Feature;
    case ImportanceRole: return row.importance ? QVariant(*row.importance) : QVariant();
    case RelativeImportanceRole:
        if (!row.importance || m_largestImportance <= 0.0)
            return {};
        return std::clamp(*row.importance / m_largestImportance, 0.0, 1.0);
    default: return {};
    }
}

QVariant JobMetricsFeatureModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Column");
    case UseColumn: return tr("Use");
    case TypeColumn: return tr("Type");
    case ImportanceColumn: return tr("Importance");
    case MissingColumn: return tr("Missing");
    case DistinctColumn: return tr("Distinct");
    case MinColumn: return tr("Min");
    case MaxColumn: return tr("Max");
    case MeanColumn: return tr("Mean");
    case StdColumn: return tr("Std. dev.");
    case TopValuesColumn: return tr("Most frequent values");
    }
    return {};
}

} // namespace winnow::models
