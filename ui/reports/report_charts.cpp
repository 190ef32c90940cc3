#include "ui/reports/report_charts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace winnow::ui::report_charts {

namespace {

// The paper look.
const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x5f, 0x6b, 0x76);
const QColor kGrid(0xe3, 0xe7, 0xeb);
const QColor kFrame(0xc4, 0xcb, 0xd2);
const QColor kPaper(Qt::white);
const QColor kAccent(0x0f, 0x8f, 0x86);

QFont chartFont(qreal pixelSize, bool bold = false)
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(int(std::round(pixelSize)));
    font.setBold(bold);
    return font;
}

QImage blankImage(QSize size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(kPaper);
    return image;
}

// Round steps (1, 2 or 5 times a power of ten) covering [low, high] in about `count` ticks.
QList<double> niceTicks(double low, double high, int count)
{
    if (!(high > low))
        high = low + 1;
    const double rough = (high - low) / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    QList<double> ticks;
    for (double tick = std::ceil(low / step - 1e-9) * step; tick <= high + step * 1e-9;
         tick += step)
        ticks << (std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    return ticks;
}

QString tickText(double value, double step)
{
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    return QString::number(value, 'f', std::clamp(decimals, 0, 6));
}

QRectF fittedRange(const QList<Series>& series, bool square)
{
    double minX = INFINITY, maxX = -INFINITY, minY = INFINITY, maxY = -INFINITY;
    for (const Series& s : series) {
        for (const QPointF& p : s.points) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                continue;
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    if (!std::isfinite(minX))
        return {0, 0, 1, 1};
    if (square) {
        minX = minY = std::min(minX, minY);
        maxX = maxY = std::max(maxX, maxY);
    }
    auto pad = [](double& low, double& high) {
        const double margin = (high - low) * 0.04 + (high == low ? 1 : 0);
        low -= margin;
        high += margin;
    };
    pad(minX, maxX);
    pad(minY, maxY);
    return {QPointF(minX, minY), QPointF(maxX, maxY)};
}

} // namespace

QColor seriesColor(int index)
{
    // Okabe–Ito based, starting with Winnow's teal.
    static const QColor colors[] = {
        QColor(0x0f, 0x8f, 0x86), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x72, 0xb2),
        QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
        QColor(0x00, 0x9e, 0x73), QColor(0x8c, 0x56, 0x3f), QColor(0x6a, 0x3d, 0x9a),
        QColor(0x44, 0x44, 0x44),
    };
    return colors[index % int(std::size(colors))];
}

QImage renderXYChart(const XYChart& chart, QSize size, qreal scale)
{
    QImage image = blankImage(size, scale);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const QFont tickFont = chartFont(12);
    const QFont titleFont = chartFont(13);
    const QFontMetricsF tickMetrics(tickFont);
    const QRectF range = chart.range.value_or(fittedRange(chart.series, chart.diagonal));

    const QList<double> xTicks = niceTicks(range.left(), range.right(), 5);
    const QList<double> yTicks = niceTicks(range.top(), range.bottom(), 5);
    const double xStep = xTicks.size() > 1 ? xTicks[1] - xTicks[0] : 1;
    const double yStep = yTicks.size() > 1 ? yTicks[1] - yTicks[0] : 1;
    qreal yTickWidth = 0;
    for (double tick : yTicks)
        yTickWidth = std::max(yTickWidth, tickMetrics.horizontalAdvance(tickText(tick, yStep)));

    const qreal line = tickMetrics.height();
    const QRectF plot(QPointF(line * 1.6 + yTickWidth + 10, 14),
                      QPointF(size.width() - 16, size.height() - line * 2.8 - 8));
    auto toPixel = [&](QPointF p) {
        return QPointF(plot.left() + (p.x() - range.left()) / range.width() * plot.width(),
                       plot.bottom() - (p.y() - range.top()) / range.height() * plot.height());
    };

    // Grid, ticks and axis titles.
    painter.setFont(tickFont);
    for (double tick : xTicks) {
        const qreal x = toPixel({tick, range.top()}).x();
        painter.setPen(QPen(kGrid, 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(kMuted);
        painter.drawText(QRectF(x - 40, plot.bottom() + 4, 80, line),
                         Qt::AlignHCenter | Qt::AlignTop, tickText(tick, xStep));
    }
    for (double tick : yTicks) {
        const qreal y = toPixel({range.left(), tick}).y();
        painter.setPen(QPen(kGrid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kMuted);
        painter.drawText(QRectF(plot.left() - yTickWidth - 8, y - line / 2, yTickWidth, line),
                         Qt::AlignRight | Qt::AlignVCenter, tickText(tick, yStep));
    }
    painter.setPen(QPen(kFrame, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);

    painter.setFont(titleFont);
    painter.setPen(kInk);
    painter.drawText(QRectF(plot.left(), plot.bottom() + line + 8, plot.width(), line * 1.4),
                     Qt::AlignHCenter | Qt::AlignTop, chart.xTitle);
    painter.save();
    painter.translate(4, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line * 1.4),
                     Qt::AlignHCenter | Qt::AlignTop, chart.yTitle);
    painter.restore();

    painter.save();
    painter.setClipRect(plot.adjusted(-4, -4, 4, 4));
    if (chart.diagonal) {
        painter.setPen(QPen(QColor(0x9a, 0xa4, 0xae), 1.2, Qt::DashLine));
        const double low = std::max(range.left(), range.top());
        const double high = std::min(range.right(), range.bottom());
        painter.drawLine(toPixel({low, low}), toPixel({high, high}));
    }
    for (const Series& series : chart.series) {
        if (series.asPoints) {
            QColor fill = series.color;
            fill.setAlphaF(0.45f);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            for (const QPointF& p : series.points)
                painter.drawEllipse(toPixel(p), 2.6, 2.6);
            continue;
        }
        QPainterPath path;
        bool first = true;
        for (const QPointF& p : series.points) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                continue;
            first ? path.moveTo(toPixel(p)) : path.lineTo(toPixel(p));
            first = false;
        }
        QPen pen(series.color, 2.2, series.dashed ? Qt::DashLine : Qt::SolidLine);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.restore();

    // The legend, in the plot's lower right corner, where ROC curves leave room.
    QList<std::pair<QString, const Series*>> entries;
    for (const Series& series : chart.series) {
        if (!series.name.isEmpty())
            entries.append({series.name, &series});
    }
    if (chart.diagonal && !chart.diagonalName.isEmpty())
        entries.append({chart.diagonalName, nullptr});
    if (!entries.isEmpty()) {
        painter.setFont(tickFont);
        qreal textWidth = 0;
        for (const auto& entry : entries)
            textWidth = std::max(textWidth, tickMetrics.horizontalAdvance(entry.first));
        const qreal rowHeight = line + 3;
        const QRectF box(plot.right() - textWidth - 48,
                         plot.bottom() - entries.size() * rowHeight - 14, textWidth + 38,
                         entries.size() * rowHeight + 8);
        painter.setPen(QPen(kFrame, 1));
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(box, 3, 3);
        for (int i = 0; i < entries.size(); ++i) {
            const qreal y = box.top() + 4 + i * rowHeight + rowHeight / 2;
            const Series* series = entries[i].second;
            if (series && series->asPoints) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(series->color);
                painter.drawEllipse(QPointF(box.left() + 17, y), 3.5, 3.5);
            } else {
                const QColor color = series ? series->color : QColor(0x9a, 0xa4, 0xae);
                const bool dashed = series ? series->dashed : true;
                painter.setPen(QPen(color, 2.2, dashed ? Qt::DashLine : Qt::SolidLine));
                painter.drawLine(QPointF(box.left() + 7, y), QPointF(box.left() + 27, y));
            }
            painter.setPen(kInk);
            painter.drawText(QRectF(box.left() + 32, y - line / 2, textWidth + 4, line),
                             Qt::AlignLeft | Qt::AlignVCenter, entries[i].first);
        }
    }
    return image;
}

QImage renderConfusionMatrix(const ReportConfusionMatrix& matrix, QSize size, qreal scale)
{
    QImage image = blankImage(size, scale);
    const int n = int(matrix.labels.size());
    if (n == 0)
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const qreal labelSize = n > 8 ? 10 : 12;
    const QFont labelFont = chartFont(labelSize);
    const QFont titleFont = chartFont(13, true);
    const QFontMetricsF labelMetrics(labelFont);
    const qreal line = labelMetrics.height();
    qreal labelWidth = 0;
    for (const QString& label : matrix.labels)
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(label));
    labelWidth = std::min<qreal>(labelWidth + 8, size.width() * 0.28);

    const qreal left = line * 1.8 + labelWidth;
    const qreal top = line * 1.8 + line + 6;
    const qreal side = std::min(size.width() - left - 12, size.height() - top - 12);
    const qreal cell = side / n;
    const QRectF grid(left, top, cell * n, cell * n);

    painter.setFont(titleFont);
    painter.setPen(kInk);
    painter.drawText(QRectF(grid.left(), 0, grid.width(), line * 1.6), Qt::AlignCenter,
                     QCoreApplication::translate("winnow::ui::report_charts", "Predicted"));
    painter.save();
    painter.translate(0, grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-grid.height() / 2, 0, grid.height(), line * 1.6), Qt::AlignCenter,
                     QCoreApplication::translate("winnow::ui::report_charts", "Actual"));
    painter.restore();

    painter.setFont(labelFont);
    painter.setPen(kMuted);
    for (int i = 0; i < n; ++i) {
        const QString label = labelMetrics.elidedText(matrix.labels[i], Qt::ElideRight, cell - 4);
        painter.drawText(QRectF(grid.left() + i * cell, top - line - 4, cell, line),
                         Qt::AlignCenter, label);
        const QString rowLabel =
            labelMetrics.elidedText(matrix.labels[i], Qt::ElideRight, labelWidth - 8);
        painter.drawText(QRectF(line * 1.8, grid.top() + i * cell, labelWidth - 8, cell),
                         Qt::AlignRight | Qt::AlignVCenter, rowLabel);
    }

    const QFont countFont = chartFont(std::clamp(cell / 4.2, 9.0, 22.0), true);
    const QFont shareFont = chartFont(std::clamp(cell / 7.5, 8.0, 13.0));
    const bool showShare = cell >= 46;
    for (int row = 0; row < n; ++row) {
        const QList<qint64>& counts = matrix.counts[row];
        qint64 rowTotal = 0;
        for (qint64 count : counts)
            rowTotal += count;
        for (int column = 0; column < n && column < counts.size(); ++column) {
            const double share = rowTotal > 0 ? double(counts[column]) / rowTotal : 0.0;
            // White to Winnow's teal, by the share of the row.
            const QColor fill = QColor::fromRgbF(1 - share * (1 - kAccent.redF()),
                                                 1 - share * (1 - kAccent.greenF()),
                                                 1 - share * (1 - kAccent.blueF()));
            const QRectF box(grid.left() + column * cell, grid.top() + row * cell, cell, cell);
            painter.setPen(QPen(kPaper, 2));
            painter.setBrush(fill);
            painter.drawRect(box);
            const QColor text = share > 0.55 ? kPaper : kInk;
            painter.setPen(text);
            painter.setFont(countFont);
            const QRectF countBox = showShare ? box.adjusted(0, 0, 0, -cell * 0.18) : box;
            painter.drawText(countBox, Qt::AlignCenter, QString::number(counts[column]));
            if (showShare) {
                painter.setFont(shareFont);
                painter.drawText(box.adjusted(0, cell * 0.42, 0, 0), Qt::AlignCenter,
                                 u"%1 %"_s.arg(QString::number(share * 100, 'f', 1)));
            }
        }
    }
    painter.setPen(QPen(kFrame, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(grid);
    return image;
}

QImage renderFeatureImportance(const QList<ReportFeature>& features, int maxFeatures, int width,
                               qreal scale)
{
    QList<ReportFeature> shown;
    for (const ReportFeature& feature : features) {
        if (feature.importance && shown.size() < maxFeatures)
            shown << feature;
    }
    const QFont font = chartFont(12);
    const QFontMetricsF metrics(font);
    const qreal barHeight = metrics.height() + 6;
    const int height = int(std::ceil(std::max<qsizetype>(1, shown.size()) * barHeight + 12));
    QImage image = blankImage(QSize(width, height), scale);
    if (shown.isEmpty())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(font);

    qreal labelWidth = 0;
    double largest = 0;
    for (const ReportFeature& feature : std::as_const(shown)) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(feature.name));
        largest = std::max(largest, std::abs(*feature.importance));
    }
    labelWidth = std::min<qreal>(labelWidth + 10, width * 0.36);
    const qreal valueWidth = metrics.horizontalAdvance(u"0.0000"_s) + 10;
    const qreal barLeft = labelWidth + 6;
    const qreal barSpace = width - barLeft - valueWidth - 6;
    for (int i = 0; i < shown.size(); ++i) {
        const ReportFeature& feature = shown[i];
        const qreal y = 6 + i * barHeight;
        painter.setPen(kInk);
        painter.drawText(QRectF(0, y, labelWidth - 4, barHeight), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(feature.name, Qt::ElideMiddle, labelWidth - 4));
        const qreal length = largest > 0 ? std::abs(*feature.importance) / largest * barSpace : 0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(*feature.importance < 0 ? seriesColor(1) : kAccent);
        painter.drawRoundedRect(QRectF(barLeft, y + 3, std::max<qreal>(length, 1.5), barHeight - 6),
                                2, 2);
        painter.setPen(kMuted);
        painter.drawText(QRectF(barLeft + length + 6, y, valueWidth, barHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(*feature.importance, 'f', 4));
    }
    return image;
}

} // namespace winnow::ui::report_charts
