#include "ui/details/best_value_delegate.h"

#include <QPainter>

namespace winnow::ui {

BestValueDelegate::BestValueDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

void BestValueDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    if (index.data(m_role).toBool() && !(option.state & QStyle::State_Selected)) {
        QColor tint = option.palette.color(QPalette::Highlight);
        tint.setAlphaF(0.22f);
        painter->fillRect(option.rect, tint);
    }
    QStyleOptionViewItem bold = option;
    if (index.data(m_role).toBool())
        bold.font.setBold(true);
    QStyledItemDelegate::paint(painter, bold, index);
}

} // namespace winnow::ui
