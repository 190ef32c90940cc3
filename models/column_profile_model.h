#pragma once

#include "engine/data/table.h"
#include "models/column_profile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

namespace winnow::models {

// The columns of a CSV file as a New Job sees them: one row per column,
// with a check box saying whether it is a feature to consider, its type
// (editable: a choice other than the inferred one is forced on the engine's
// reader), its role in the job (target, id, date filter) and what the
// sample says about it (distinct values, missing share, examples).
//
// The target and id columns are never features: their rows cannot be
// checked while they hold that role.
class ColumnProfileModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn, // checkable: a feature to consider
        TypeColumn, // editable: EditRole is the engine::ColumnType as an int
        RoleColumn,
        DistinctColumn,
        MissingColumn,
        ExamplesColumn,
        ColumnCount
    };
    enum Role {
        // Sorts: names and texts, type ints, counts, shares in [0, 1].
        RawValueRole = Qt::UserRole + 1,
        // Whether the row's column can be a feature now (not target or id).
        UsableRole,
    };

    explicit ColumnProfileModel(QObject* parent = nullptr);

    // Shows these columns, with the types the engine infers for them (their
    // types in `profiles` may be forced ones). Columns with the same names
    // as before keep their check state and forced type, and only the cells
    // that differ are reported changed; other columns reset the model,
    // every column checked and no type forced.
    void setColumns(const QList<ColumnProfile>& profiles,
                    const std::vector<engine::ColumnType>& inferredTypes);
    const QList<ColumnProfile>& profiles() const { return m_profiles; }
    int indexOf(const QString& name) const;

    // The roles; -1 for none.
    void setRoles(int target, int id, int date);
    int targetColumn() const { return m_target; }
    int idColumn() const { return m_id; }
    int dateColumn() const { return m_date; }

    // Checked columns that can be features, in file order.
    QStringList selectedFeatures() const;
    int usableCount() const;
    bool isSelected(int row) const;
    void setSelected(int row, bool selected);
    // Checks exactly the named columns (of those that can be features).
    void setSelectedFeatures(const QStringList& names);
    void setAllSelected(bool selected);

    // Types chosen that differ from the inferred ones, by column name.
    QHash<QString, engine::ColumnType> forcedTypes() const;
    void setForcedTypes(const QHash<QString, engine::ColumnType>& types);
    engine::ColumnType inferredType(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void selectionChanged();
    void forcedTypesChanged();

private:
    struct Entry {
        bool selected = true;
        engine::ColumnType inferred = engine::ColumnType::Numeric;
        std::optional<engine::ColumnType> forced;
    };

    bool usable(int row) const { return row != m_target && row != m_id; }
    engine::ColumnType shownType(int row) const;
    QString roleText(int row) const;
    void emitRowChanged(int row, Column first, Column last);

    QList<ColumnProfile> m_profiles;
    std::vector<Entry> m_entries;
    int m_target = -1;
    int m_id = -1;
    int m_date = -1;
};

} // namespace winnow::models
