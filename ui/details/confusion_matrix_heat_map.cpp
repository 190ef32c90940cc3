#include "ui/details/confusion_matrix_heat_map.h"

#include "ui/details/chart_style.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace winnow::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 2;
constexpr int kLegendBar = 14;
constexpr int kMinCell = 28;
constexpr int kMaxCell = 150;

} // namespace

ConfusionMatrixHeatMap::ConfusionMatrixHeatMap(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Confusion matrix heat map"));
}

void ConfusionMatrixHeatMap::setMatrix(const models::ConfusionMatrix& matrix)
{
    m_matrix = matrix;
    m_largestCount = 0;
    for (const QList<qint64>& row : std::as_const(m_matrix.counts)) {
        for (qint64 count : row)
            m_largestCount = std::max(m_largestCount, count);
    }
    m_current = QPoint(0, 0);
    updateAccessibleDescription();
    updateGeometry();
    update();
}

void ConfusionMatrixHeatMap::setNormalized(bool normalized)
{
    if (normalized == m_normalized)
        return;
    m_normalized = normalized;
    updateAccessibleDescription();
    update();
}

double ConfusionMatrixHeatMap::intensity(int trueClass, int predictedClass) const
{
    if (m_normalized)
        return m_matrix.rowShare(trueClass, predictedClass);
    return m_largestCount == 0
               ? 0.0
               : double(m_matrix.count(trueClass, predictedClass)) / double(m_largestCount);
}

QString ConfusionMatrixHeatMap::cellText(int trueClass, int predictedClass) const
{
    const QLocale locale;
    if (m_normalized) {
        return locale.toString(m_matrix.rowShare(trueClass, predictedClass) * 100.0, 'f', 1) +
               locale.percent();
    }
    return locale.toString(m_matrix.count(trueClass, predictedClass));
}

QString ConfusionMatrixHeatMap::cellDescription(int trueClass, int predictedClass) const
{
    const QLocale locale;
    const QString truth = m_matrix.labels.value(trueClass);
    const QString predicted = m_matrix.labels.value(predictedClass);
    const QString share =
        locale.toString(m_matrix.rowShare(trueClass, predictedClass) * 100.0, 'f', 1);
    const QString count = locale.toString(m_matrix.count(trueClass, predictedClass));
    const QString rows = locale.toString(m_matrix.rowTotal(trueClass));
    if (trueClass == predictedClass)
        return tr("True class %1, predicted %1: %2 of %3 rows (%4 %), correct")
            .arg(truth, count, rows, share);
    return tr("True class %1, predicted %2: %3 of %4 rows (%5 %), wrong")
        .arg(truth, predicted, count, rows, share);
}

QColor ConfusionMatrixHeatMap::cellColor(int trueClass, int predictedClass) const
{
    return ChartColors::fromPalette(palette()).scale(intensity(trueClass, predictedClass));
}

ConfusionMatrixHeatMap::Layout ConfusionMatrixHeatMap::layout() const
{
    Layout result;
    const int n = m_matrix.size();
    if (n == 0)
        return result;
    const QFontMetrics metrics = fontMetrics();
    int labelWidth = 0;
    for (const QString& label : m_matrix.labels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    labelWidth = std::min(labelWidth, 160) + 8;
    const int titleSize = metrics.height() + 6;
    const QString largest = m_normalized ? QLocale().toString(100) + QLocale().percent()
                                         : QLocale().toString(m_largestCount);
    const int legendWidth = kLegendBar + 6 + metrics.horizontalAdvance(largest) + 16;

    const int left = kMargin + titleSize + labelWidth;
    const int right = kMargin + legendWidth;
    const int top = kMargin;
    const int bottom = kMargin + (metrics.height() + 6) + titleSize;
    const int available = std::min((width() - left - right) / n, (height() - top - bottom) / n);
    result.cell = std::clamp(available, kMinCell, kMaxCell);
    const int side = result.cell * n;
    // Centre the grid in the room it has.
    const int extraWidth = std::max(0, width() - left - right - side);
    const int x = left + extraWidth / 2;
    const int extraHeight = std::max(0, height() - top - bottom - side);
    const int y = top + extraHeight / 2;
    result.grid = QRect(x, y, side, side);
    result.rowLabels = QRect(x - labelWidth, y, labelWidth - 6, side);
    result.columnLabels = QRect(x, y + side + 4, side, metrics.height() + 2);
    result.legend = QRect(x + side + 16, y, kLegendBar, side);
    return result;
}

QRect ConfusionMatrixHeatMap::cellRect(int trueClass, int predictedClass) const
{
    const Layout geometry = layout();
    if (geometry.cell == 0)
        return {};
    return QRect(geometry.grid.left() + predictedClass * geometry.cell,
                 geometry.grid.top() + trueClass * geometry.cell, geometry.cell, geometry.cell)
        .adjusted(kGap / 2, kGap / 2, -kGap / 2, -kGap / 2);
}

QPoint ConfusionMatrixHeatMap::cellAt(const QPoint& position) const
{
    const Layout geometry = layout();
    if (geometry.cell == 0 || !geometry.grid.contains(position))
        return {-1, -1};
    return {(position.x() - geometry.grid.left()) / geometry.cell,
            (position.y() - geometry.grid.top()) / geometry.cell};
}

void ConfusionMatrixHeatMap::setCurrentCell(int trueClass, int predictedClass)
{
    const int n = m_matrix.size();
    if (n == 0)
        return;
    const QPoint next(std::clamp(predictedClass, 0, n - 1), std::clamp(trueClass, 0, n - 1));
    if (next == m_current)
        return;
    m_current = next;
    updateAccessibleDescription();
    update();
}

void ConfusionMatrixHeatMap::updateAccessibleDescription()
{
    if (m_matrix.isEmpty()) {
        setAccessibleDescription(tr("No confusion matrix"));
        return;
    }
    setAccessibleDescription(cellDescription(m_current.y(), m_current.x()));
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

QSize ConfusionMatrixHeatMap::sizeHint() const
{
    const int n = std::max(2, m_matrix.size());
    const int side = std::min(n * 110, 560);
    return {side + 260, side + 90};
}

QSize ConfusionMatrixHeatMap::minimumSizeHint() const
{
    const int n = std::max(2, m_matrix.size());
    return {n * kMinCell + 220, n * kMinCell + 80};
}

bool ConfusionMatrixHeatMap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0) {
            QToolTip::showText(help->globalPos(), cellDescription(cell.y(), cell.x()), this,
                               cellRect(cell.y(), cell.x()));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void ConfusionMatrixHeatMap::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left: setCurrentCell(m_current.y(), m_current.x() - 1); break;
    case Qt::Key_Right: setCurrentCell(m_current.y(), m_current.x() + 1); break;
    case Qt::Key_Up: setCurrentCell(m_current.y() - 1, m_current.x()); break;
    case Qt::Key_Down: setCurrentCell(m_current.y() + 1, m_current.x()); break;
    case Qt::Key_Home: setCurrentCell(m_current.y(), 0); break;
    case Qt::Key_End: setCurrentCell(m_current.y(), m_matrix.size() - 1); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void ConfusionMatrixHeatMap::mousePressEvent(QMouseEvent* event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() >= 0)
        setCurrentCell(cell.y(), cell.x());
    QWidget::mousePressEvent(event);
}

void ConfusionMatrixHeatMap::paintEvent(QPaintEvent*)
{
    const int n = m_matrix.size();
    if (n == 0)
        return;
    const ChartColors colors = ChartColors::fromPalette(palette());
    const Layout geometry = layout();
    const QLocale locale;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont baseFont = font();
    QFont bold = baseFont;
    bold.setBold(true);
    bold.setPointSizeF(baseFont.pointSizeF() * (geometry.cell >= 70 ? 1.25 : 1.0));
    QFont small = baseFont;
    small.setPointSizeF(baseFont.pointSizeF() * 0.85);

    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const QRect cell = cellRect(t, p);
            const QColor fill = cellColor(t, p);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRoundedRect(cell, 3, 3);

            const QColor ink = colors.textOn(fill);
            painter.setPen(ink);
            const bool twoLines = cell.height() >= 2 * QFontMetrics(bold).height() + 8;
            painter.setFont(bold);
            if (twoLines) {
                QRect upper = cell;
                upper.setBottom(cell.center().y() + 2);
                painter.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, cellText(t, p));
                painter.setFont(small);
                QRect lower = cell;
                lower.setTop(cell.center().y() + 4);
                const QString second =
                    m_normalized ? tr("%1 rows").arg(locale.toString(m_matrix.count(t, p)))
                                 : locale.toString(m_matrix.rowShare(t, p) * 100.0, 'f', 1) +
                                       locale.percent();
                painter.drawText(lower, Qt::AlignHCenter | Qt::AlignTop, second);
            } else {
                painter.drawText(cell, Qt::AlignCenter, cellText(t, p));
            }
        }
    }

    if (hasFocus()) {
        QPen focus(palette().color(QPalette::Text), 2, Qt::DotLine);
        painter.setPen(focus);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(cellRect(m_current.y(), m_current.x()).adjusted(1, 1, -1, -1), 3,
                                3);
    }

    // Class labels: true classes left of the rows, predicted ones under the columns.
    painter.setFont(baseFont);
    painter.setPen(colors.text);
    const QFontMetrics metrics(baseFont);
    for (int i = 0; i < n; ++i) {
        const QString label = m_matrix.labels.at(i);
        QRect row(geometry.rowLabels.left(), geometry.grid.top() + i * geometry.cell,
                  geometry.rowLabels.width(), geometry.cell);
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(label, Qt::ElideRight, row.width()));
        QRect column(geometry.grid.left() + i * geometry.cell, geometry.columnLabels.top(),
                     geometry.cell, geometry.columnLabels.height());
        painter.drawText(column, Qt::AlignHCenter | Qt::AlignTop,
                         metrics.elidedText(label, Qt::ElideRight, column.width() - 4));
    }

    // Axis titles.
    painter.setPen(colors.mutedText);
    const QRect bottomTitle(geometry.grid.left(), geometry.columnLabels.bottom() + 4,
                            geometry.grid.width(), metrics.height() + 2);
    painter.drawText(bottomTitle, Qt::AlignHCenter | Qt::AlignTop, tr("Predicted class"));
    painter.save();
    const int titleX = geometry.rowLabels.left() - 6;
    painter.translate(titleX, geometry.grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-geometry.grid.height() / 2, -metrics.height(), geometry.grid.height(),
                           metrics.height()),
                     Qt::AlignCenter, tr("True class"));
    painter.restore();

    // The colour scale, with its two ends labelled.
    QLinearGradient gradient(geometry.legend.bottomLeft(), geometry.legend.topLeft());
    for (int stop = 0; stop <= 10; ++stop)
        gradient.setColorAt(stop / 10.0, colors.scale(stop / 10.0));
    painter.setPen(QPen(colors.axisLine, 1));
    painter.setBrush(gradient);
    painter.drawRect(geometry.legend);
    painter.setPen(colors.text);
    const QString high =
        m_normalized ? locale.toString(100) + locale.percent() : locale.toString(m_largestCount);
    const QString low = m_normalized ? locale.toString(0) + locale.percent() : locale.toString(0);
    const int textLeft = geometry.legend.right() + 6;
    painter.drawText(QRect(textLeft, geometry.legend.top() - 2, 200, metrics.height()),
                     Qt::AlignLeft | Qt::AlignTop, high);
    painter.drawText(
        QRect(textLeft, geometry.legend.bottom() - metrics.height() + 2, 200, metrics.height()),
        Qt::AlignLeft | Qt::AlignBottom, low);
}

} // namespace winnow::ui
