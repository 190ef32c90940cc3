#pragma once

#include <QStyledItemDelegate>

namespace winnow::ui {

// Draws a backend as two lines: its name, and beneath it, smaller and
// quieter, its kind and host (models::BackendConfigListModel::DetailRole). A backend
// whose configuration is incomplete gets a warning mark.
class BackendListDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace winnow::ui
