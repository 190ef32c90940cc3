#include "models/column_profile_model.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace winnow::models {

ColumnProfileModel::ColumnProfileModel(QObject* parent) : QAbstractTableModel(parent) {}

int ColumnProfileModel::indexOf(const QString& name) const
{
    for (int row = 0; row < m_profiles.size(); ++row)
        if (m_profiles[row].name == name)
            return row;
    return -1;
}

void ColumnProfileModel::setColumns(const QList<ColumnProfile>& profiles,
                                    const std::vector<engine::ColumnType>& inferredTypes)
{
    bool sameColumns = profiles.size() == m_profiles.size();
    for (int row = 0; sameColumns && row < profiles.size(); ++row)
        sameColumns = profiles[row].name == m_profiles[row].name;

    if (!sameColumns) {
        beginResetModel();
        m_profiles = profiles;
        m_entries.assign(std::size_t(profiles.size()), Entry{});
        for (std::size_t row = 0; row < m_entries.size(); ++row)
            m_entries[row].inferred =
                row < inferredTypes.size() ? inferredTypes[row] : profiles[qsizetype(row)].type;
        m_target = m_id = m_date = -1;
        endResetModel();
        emit selectionChanged();
        emit forcedTypesChanged();
        return;
    }

    for (int row = 0; row < profiles.size(); ++row) {
        const ColumnProfile& before = m_profiles[row];
        const ColumnProfile& after = profiles[row];
        Entry& entry = m_entries[std::size_t(row)];
        const engine::ColumnType inferred =
            std::size_t(row) < inferredTypes.size() ? inferredTypes[std::size_t(row)] : after.type;
        const bool typeChanged = entry.inferred != inferred || before.type != after.type;
        entry.inferred = inferred;
        const bool statsChanged = before.distinct != after.distinct ||
                                  before.missing != after.missing || before.rows != after.rows ||
                                  before.examples != after.examples;
        m_profiles[row] = after;
        if (typeChanged)
            emitRowChanged(row, TypeColumn, TypeColumn);
        if (statsChanged)
            emitRowChanged(row, DistinctColumn, ExamplesColumn);
    }
}

void ColumnProfileModel::emitRowChanged(int row, Column first, Column last)
{
    emit dataChanged(index(row, first), index(row, last));
}

void ColumnProfileModel::setRoles(int target, int id, int date)
{
    const int rows = int(m_profiles.size());
    auto valid = [rows](int row) { return row >= 0 && row < rows ? row : -1; };
    target = valid(target);
    id = valid(id);
    date = valid(date);
    if (target == m_target && id == m_id && date == m_date)
        return;
    const QList<int> touched = {m_target, m_id, m_date, target, id, date};
    const bool usableChanged = target != m_target || id != m_id;
    m_target = target;
    m_id = id;
    m_date = date;
    QList<int> done;
    for (int row : touched) {
        if (row < 0 || done.contains(row))
            continue;
        done << row;
        emitRowChanged(row, NameColumn, RoleColumn);
    }
    if (usableChanged)
        emit selectionChanged();
}

QStringList ColumnProfileModel::selectedFeatures() const
{
    QStringList names;
    for (int row = 0; row < m_profiles.size(); ++row)
        if (isSelected(row))
            names << m_profiles[row].name;
    return names;
}

int ColumnProfileModel::usableCount() const
{
    int count = 0;
    for (int row = 0; row < m_profiles.size(); ++row)
        count += usable(row) ? 1 : 0;
    return count;
}

bool ColumnProfileModel::isSelected(int row) const
{
    return row >= 0 && row < m_profiles.size() && usable(row) &&
           m_entries[std::size_t(row)].selected;
}

void ColumnProfileModel::setSelected(int row, bool selected)
{
    if (row < 0 || row >= m_profiles.size() || !usable(row) ||
        m_entries[std::size_t(row)].selected == selected)
        return;
    m_entries[std::size_t(row)].selected = selected;
    emitRowChanged(row, NameColumn, NameColumn);
    emit selectionChanged();
}

void ColumnProfileModel::setSelectedFeatures(const QStringList& names)
{
    bool changed = false;
    for (int row = 0; row < m_profiles.size(); ++row) {
        const bool selected = names.contains(m_profiles[row].name);
        Entry& entry = m_entries[std::size_t(row)];
        if (entry.selected != selected) {
            entry.selected = selected;
            changed = true;
            emitRowChanged(row, NameColumn, NameColumn);
        }
    }
    if (changed)
        emit selectionChanged();
}

void ColumnProfileModel::setAllSelected(bool selected)
{
    bool changed = false;
    for (int row = 0; row < m_profiles.size(); ++row) {
        Entry& entry = m_entries[std::size_t(row)];
        if (usable(row) && entry.selected != selected) {
            entry.selected = selected;
            changed = true;
            emitRowChanged(row, NameColumn, NameColumn);
        }
    }
    if (changed)
        emit selectionChanged();
}

QHash<QString, engine::ColumnType> ColumnProfileModel::forcedTypes() const
{
    QHash<QString, engine::ColumnType> types;
    for (int row = 0; row < m_profiles.size(); ++row)
        if (const auto& forced = m_entries[std::size_t(row)].forced)
            types.insert(m_profiles[row].name, *forced);
    return types;
}

void ColumnProfileModel::setForcedTypes(const QHash<QString, engine::ColumnType>& types)
{
    bool changed = false;
    for (int row = 0; row < m_profiles.size(); ++row) {
        Entry& entry = m_entries[std::size_t(row)];
        std::optional<engine::ColumnType> forced;
        if (auto it = types.find(m_profiles[row].name); it != types.end() && *it != entry.inferred)
            forced = *it;
        if (forced != entry.forced) {
            entry.forced = forced;
            changed = true;
            emitRowChanged(row, TypeColumn, TypeColumn);
        }
    }
    if (changed)
        emit forcedTypesChanged();
}

engine::ColumnType ColumnProfileModel::inferredType(int row) const
{
    return row >= 0 && std::size_t(row) < m_entries.size() ? m_entries[std::size_t(row)].inferred
                                                           : engine::ColumnType::Categorical;
}

engine::ColumnType ColumnProfileModel::shownType(int row) const
{
    const Entry& entry = m_entries[std::size_t(row)];
    return entry.forced.value_or(entry.inferred);
}

QString ColumnProfileModel::roleText(int row) const
{
    if (row == m_target)
        return tr("Target");
    if (row == m_id)
        return tr("Id");
    if (row == m_date)
        return tr("Date filter");
    return {};
}

int ColumnProfileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ColumnProfileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnProfileModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ColumnProfile& profile = m_profiles[row];
    const Entry& entry = m_entries[std::size_t(row)];
    const QLocale locale;

    switch (index.column()) {
    case NameColumn:
        switch (role) {
        case Qt::DisplayRole:
        case RawValueRole: return profile.name;
        case Qt::CheckStateRole:
            // The target and the id show no check box: they cannot be features.
            if (!usable(row))
                return {};
            return isSelected(row) ? Qt::Checked : Qt::Unchecked;
        case UsableRole: return usable(row);
        case Qt::ToolTipRole:
            if (row == m_target)
                return tr("%1 is the target: it is what the job predicts, never a feature")
                    .arg(profile.name);
            if (row == m_id)
                return tr("%1 is the id column: it names rows, never a feature").arg(profile.name);
            return isSelected(row) ? tr("%1 is considered as a feature").arg(profile.name)
                                   : tr("%1 is left out").arg(profile.name);
        default: return {};
        }
    case TypeColumn:
        switch (role) {
        case Qt::DisplayRole: return columnTypeText(shownType(row));
        case Qt::EditRole:
        case RawValueRole: return int(shownType(row));
        case Qt::FontRole:
            if (entry.forced) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::ToolTipRole:
            return entry.forced ? tr("Chosen: %1 (the engine would read %2)")
                                      .arg(columnTypeText(*entry.forced).toLower(),
                                           columnTypeText(entry.inferred).toLower())
                                : tr("As the engine reads it; double-click to choose another type");
        default: return {};
        }
    case RoleColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return roleText(row);
        return {};
    case DistinctColumn:
        switch (role) {
        case Qt::DisplayRole: return locale.toString(profile.distinct);
        case RawValueRole: return profile.distinct;
        case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            if (profile.unique)
                return tr("Every sampled row has its own value");
            if (profile.constant())
                return tr("The same value in every sampled row");
            return {};
        default: return {};
        }
    case MissingColumn:
        switch (role) {
        case Qt::DisplayRole:
            return profile.missing == 0
                       ? u"–"_s
                       : tr("%1 %").arg(locale.toString(100.0 * profile.missingShare(), 'f',
                                                        profile.missingShare() < 0.01 ? 2 : 1));
        case RawValueRole: return profile.missingShare();
        case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return tr("%1 of %2 sampled rows have no value")
                .arg(locale.toString(profile.missing), locale.toString(profile.rows));
        default: return {};
        }
    case ExamplesColumn:
        if (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole) {
            QString text = profile.examples.join(u", "_s);
            if (profile.distinct > profile.examples.size())
                text += u", …"_s;
            return text;
        }
        return {};
    default: return {};
    }
}

bool ColumnProfileModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    if (index.column() == NameColumn && role == Qt::CheckStateRole) {
        if (!usable(row))
            return false;
        setSelected(row, value.value<Qt::CheckState>() == Qt::Checked);
        return true;
    }
    if (index.column() == TypeColumn && role == Qt::EditRole) {
        bool ok = false;
        const int type = value.toInt(&ok);
        if (!ok || type < int(engine::ColumnType::Numeric) ||
            type > int(engine::ColumnType::Datetime))
            return false;
        Entry& entry = m_entries[std::size_t(row)];
        std::optional<engine::ColumnType> forced;
        if (engine::ColumnType(type) != entry.inferred)
            forced = engine::ColumnType(type);
        if (forced != entry.forced) {
            entry.forced = forced;
            emitRowChanged(row, TypeColumn, TypeColumn);
            emit forcedTypesChanged();
        }
        return true;
    }
    return false;
}

Qt::ItemFlags ColumnProfileModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn && usable(index.row()))
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == TypeColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ColumnProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Column");
        case TypeColumn: return tr("Type");
        case RoleColumn: return tr("Role");
        case DistinctColumn: return tr("Distinct");
        case MissingColumn: return tr("Missing");
        case ExamplesColumn: return tr("Examples");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn: return tr("Checked columns are the features the job considers");
        case TypeColumn: return tr("How the engine reads the column; double-click to change");
        case DistinctColumn: return tr("Distinct values in the sampled rows");
        case MissingColumn: return tr("Share of sampled rows without a value");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return section == DistinctColumn || section == MissingColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace winnow::models
