#pragma once

#include <QStyledItemDelegate>

namespace winnow::ui {

// Tints the cells a model flags as best (a bool under `role`) with the
// palette's highlight, lightly, so the best candidate or the best value of
// a row stands out in light and dark themes alike.
class BestValueDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    BestValueDelegate(int role, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace winnow::ui
