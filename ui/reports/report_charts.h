#pragma once

#include "ui/reports/job_report.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QSize>
#include <QString>

namespace winnow::ui {

// The charts of a report, drawn with QPainter onto images so that they can be
// made on a worker thread and embedded in a PDF or an HTML page. Reports are
// documents, so the charts use a light "paper" look whatever the desktop's
// theme. Images are drawn at `scale` times their logical size for print.
namespace report_charts {

// The colours series take, in order; chosen to stay apart for colour-blind readers.
QColor seriesColor(int index);

struct Series {
    QString name; // in the legend; empty: no legend entry
    QList<QPointF> points;
    QColor color;
    bool dashed = false;
    bool asPoints = false; // a scatter instead of a line
};

struct XYChart {
    QList<Series> series;
    QString xTitle;
    QString yTitle;
    // The axes' ranges; when empty they fit the data.
    std::optional<QRectF> range;
    // A dashed y = x line: chance on a ROC curve, perfection on a residual plot.
    bool diagonal = false;
    QString diagonalName;
};

QImage renderXYChart(const XYChart& chart, QSize size, qreal scale = 2.0);

// Rows are the truth, columns the prediction; each cell shows its count and
// its share of the row, shaded by that share.
QImage renderConfusionMatrix(const ReportConfusionMatrix& matrix, QSize size, qreal scale = 2.0);

// Horizontal bars of the most important features, largest first.
QImage renderFeatureImportance(const QList<ReportFeature>& features, int maxFeatures, int width,
                               qreal scale = 2.0);

} // namespace report_charts

} // namespace winnow::ui
