#pragma once

#include <QStyledItemDelegate>

namespace winnow::ui {

// Paints the Status column of the job table: a coloured badge naming the
// status and, while a job runs, its phase and percentage over a thin
// progress bar ("ModelTuning 42 %"). Colours come from the model's
// StatusColorRole, blended with the view's palette so that the badge reads
// on light and dark themes and on a selected row. The tooltip (elapsed time,
// time left, failure reason) is the model's.
class JobStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The badge's rectangle in a cell; for tests and hit testing.
    QRect badgeRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;

private:
    void paintBadge(QPainter* painter, const QRect& rect, const QString& text, const QColor& color,
                    const QPalette& palette) const;
    void paintProgress(QPainter* painter, const QRect& rect, const QStyleOptionViewItem& option,
                       const QModelIndex& index, const QColor& color) const;
};

} // namespace winnow::ui
