#pragma once

#include <QStyledItemDelegate>

namespace winnow::ui {

// Edits a column's type (ColumnProfileModel::TypeColumn) with a combo box
// of the four types the engine reads: numeric, true/false, categorical,
// date/time. The model's EditRole is the engine::ColumnType as an int.
class ColumnTypeDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace winnow::ui
