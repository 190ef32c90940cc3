#include "ui/history/job_status_delegate.h"

#include "jobs/job.h"
#include "models/job_list_model.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

using models::JobListModel;

constexpr int kCellMargin = 8;
constexpr int kBadgePadding = 9;
constexpr int kDotSize = 6;
constexpr int kDotGap = 6;
constexpr int kProgressGap = 10;
constexpr int kBarHeight = 4;
constexpr int kMinimumProgressWidth = 140;

QColor mixed(const QColor& base, const QColor& tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QFont badgeFont(const QFont& font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    small.setWeight(QFont::DemiBold);
    return small;
}

QFont detailFont(const QFont& font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    return small;
}

bool isRunning(const QModelIndex& index)
{
    return index.data(JobListModel::StatusRole).toInt() == int(jobs::JobStatus::Running);
}

QString progressText(const QModelIndex& index)
{
    const int percent =
        qRound(std::clamp(index.data(JobListModel::ProgressRole).toDouble(), 0.0, 1.0) * 100);
    const QString phase = index.data(JobListModel::SecondaryStatusRole).toString();
    return phase.isEmpty() ? JobStatusDelegate::tr("%1 %").arg(percent)
                           : JobStatusDelegate::tr("%1 %2 %").arg(phase).arg(percent);
}

} // namespace

QRect JobStatusDelegate::badgeRect(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    const QFontMetrics metrics(badgeFont(option.font));
    const QString label = index.data(Qt::DisplayRole).toString();
    const int height = metrics.height() + 6;
    const int width =
        kBadgePadding + kDotSize + kDotGap + metrics.horizontalAdvance(label) + kBadgePadding;
    const QRect cell = option.rect.adjusted(kCellMargin, 0, -kCellMargin, 0);
    QRect badge(cell.left(), cell.top() + (cell.height() - height) / 2, width, height);
    return badge.intersected(cell);
}

void JobStatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // The cell's background, selection and focus as the style draws them,
    // without its text: the badge says it.
    const QString label = item.text;
    item.text.clear();
    item.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QColor color = index.data(JobListModel::StatusColorRole).value<QColor>();
    if (!color.isValid())
        color = option.palette.color(QPalette::Mid);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect badge = badgeRect(option, index);
    paintBadge(painter, badge, label, color, option.palette);

    if (isRunning(index)) {
        const QRect cell = option.rect.adjusted(kCellMargin, 0, -kCellMargin, 0);
        const QRect rest(badge.right() + kProgressGap, cell.top(),
                         cell.right() - badge.right() - kProgressGap, cell.height());
        if (rest.width() > 24)
            paintProgress(painter, rest, option, index, color);
    }
    painter->restore();
}

void JobStatusDelegate::paintBadge(QPainter* painter, const QRect& rect, const QString& text,
                                   const QColor& color, const QPalette& palette) const
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor fill = mixed(base, color, dark ? 0.28 : 0.14);
    const QColor ink = dark ? mixed(color, Qt::white, 0.35) : mixed(color, Qt::black, 0.28);

    QPainterPath pill;
    const qreal radius = rect.height() / 2.0;
    pill.addRoundedRect(QRectF(rect), radius, radius);
    painter->fillPath(pill, fill);

    const QRectF dot(rect.left() + kBadgePadding, rect.center().y() - kDotSize / 2.0 + 0.5,
                     kDotSize, kDotSize);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(dot);

    QFont font = badgeFont(painter->font());
    painter->setFont(font);
    painter->setPen(ink);
    const QRect textRect =
        rect.adjusted(kBadgePadding + kDotSize + kDotGap, 0, -kBadgePadding / 2, 0);
    const QString shown = QFontMetrics(font).elidedText(text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
}

void JobStatusDelegate::paintProgress(QPainter* painter, const QRect& rect,
                                      const QStyleOptionViewItem& option, const QModelIndex& index,
                                      const QColor& color) const
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette& palette = option.palette;
    const QFont font = detailFont(option.font);
    const QFontMetrics metrics(font);
    const int total = metrics.height() + 3 + kBarHeight;
    const int top = rect.top() + (rect.height() - total) / 2;

    const QColor text =
        selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    QColor detail = text;
    detail.setAlphaF(selected ? 0.9 : 0.72);
    painter->setFont(font);
    painter->setPen(detail);
    const QRect textRect(rect.left(), top, rect.width(), metrics.height());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(progressText(index), Qt::ElideRight, rect.width()));

    const qreal progress = std::clamp(index.data(JobListModel::ProgressRole).toDouble(), 0.0, 1.0);
    const QRectF track(rect.left(), top + metrics.height() + 3, rect.width(), kBarHeight);
    const QColor background =
        selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
    QPainterPath trackPath;
    trackPath.addRoundedRect(track, kBarHeight / 2.0, kBarHeight / 2.0);
    painter->fillPath(trackPath, mixed(background, text, selected ? 0.3 : 0.12));
    if (progress > 0.0) {
        QRectF done = track;
        done.setWidth(std::max<qreal>(kBarHeight, track.width() * progress));
        QPainterPath donePath;
        donePath.addRoundedRect(done, kBarHeight / 2.0, kBarHeight / 2.0);
        painter->fillPath(donePath, selected ? palette.color(QPalette::HighlightedText) : color);
    }
}

QSize JobStatusDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(badgeFont(option.font));
    int width = kCellMargin + kBadgePadding * 2 + kDotSize + kDotGap +
                metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + kCellMargin;
    if (isRunning(index))
        width += kProgressGap + kMinimumProgressWidth;
    size.setWidth(std::max(size.width(), width));
    size.setHeight(std::max(size.height(), metrics.height() + 6 + 10));
    return size;
}

} // namespace winnow::ui
