#include "ui/settings/backend_list_delegate.h"

#include "models/backend_config_list_model.h"

#include <QApplication>
#include <QPainter>

namespace winnow::ui {

namespace {

constexpr int kPadding = 6;
constexpr int kLineGap = 2;

QFont detailFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

} // namespace

void BackendListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor detailColor = textColor;
    detailColor.setAlphaF(0.68f);

    QRect area = opt.rect.adjusted(kPadding + 2, kPadding, -kPadding, -kPadding);
    const bool valid = index.data(models::BackendConfigListModel::ValidRole).toBool();
    if (!valid) {
        const int size = QFontMetrics(opt.font).height();
        const QIcon warning = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
        warning.paint(painter, QRect(area.right() - size, area.top(), size, size));
        area.setRight(area.right() - size - kPadding);
    }

    painter->save();
    QFont nameFont = opt.font;
    nameFont.setWeight(QFont::DemiBold);
    const QFontMetrics nameMetrics(nameFont);
    painter->setFont(nameFont);
    painter->setPen(textColor);
    painter->drawText(QRect(area.left(), area.top(), area.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, area.width()));

    const QFont smallFont = detailFont(opt.font);
    const QFontMetrics smallMetrics(smallFont);
    const QString detail = index.data(models::BackendConfigListModel::DetailRole).toString();
    painter->setFont(smallFont);
    painter->setPen(detailColor);
    painter->drawText(QRect(area.left(), area.top() + nameMetrics.height() + kLineGap, area.width(),
                            smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(detail, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize BackendListDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QFont nameFont = option.font;
    nameFont.setWeight(QFont::DemiBold);
    const int height = QFontMetrics(nameFont).height() + kLineGap +
                       QFontMetrics(detailFont(option.font)).height() + 2 * kPadding;
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width(), std::max(base.height(), height)};
}

} // namespace winnow::ui
